import { type ComponentProps, lazy, Suspense } from 'react';
import { useT } from '../../i18n/useT.js';

const LiveMinutes = lazy(() =>
  import('./LiveMinutes.js').then((module) => ({ default: module.LiveMinutes })),
);

/** The live minutes, loaded only when first shown (they bring the renderers along). */
export const LazyLiveMinutes = (props: ComponentProps<typeof LiveMinutes>) => {
  const t = useT();
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          {t('minutes.loading')}
        </p>
      }
    >
      <LiveMinutes {...props} />
    </Suspense>
  );
};
