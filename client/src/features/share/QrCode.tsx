import { useEffect, useState } from 'react';
import './share.css';

/** Light margin around the code, in modules, as scanners expect. */
const QUIET_ZONE = 2;

/** One SVG path for all dark modules: crisp at any size and cheap to render. */
const toPath = (size: number, isDark: (row: number, col: number) => boolean): string => {
  let path = '';
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      if (isDark(row, col)) path += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return path;
};

/** A QR code made in the browser; the encoder is only downloaded when a code is shown. */
export const QrCode = ({ text, label }: { text: string; label: string }) => {
  const [code, setCode] = useState<{ size: number; path: string } | null>(null);

  useEffect(() => {
    let cancelled = false;
    void import('qrcode').then((qrcode) => {
      if (cancelled) return;
      const { modules } = qrcode.create(text, { errorCorrectionLevel: 'M' });
      setCode({
        size: modules.size,
        path: toPath(modules.size, (r, c) => modules.get(r, c) === 1),
      });
    });
    return () => {
      cancelled = true;
    };
  }, [text]);

  if (!code) return <div className="qr qr-loading" aria-hidden="true" />;
  const extent = code.size + QUIET_ZONE * 2;
  return (
    <svg
      className="qr"
      viewBox={`0 0 ${extent} ${extent}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={extent} height={extent} fill="#fff" />
      <path d={code.path} fill="#000" />
    </svg>
  );
};
