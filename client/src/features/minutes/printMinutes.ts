/**
 * Prints the minutes shown on the page (the browser's print also saves a PDF). A print style
 * sheet shows only the minutes, on A4, while this flag is set. Printing the page itself, rather
 * than opening the HTML export, keeps the app's strict Content Security Policy: a document the
 * page would open from a blob inherits that policy, which forbids the export's inline styles.
 */
export const PRINT_FLAG = 'print';

export const printMinutes = (): void => {
  const root = document.documentElement;
  root.dataset[PRINT_FLAG] = 'minutes';
  const done = () => {
    delete root.dataset[PRINT_FLAG];
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
};
