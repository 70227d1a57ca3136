import type { ReactNode } from 'react';

/** The export buttons under a figure, and the reason the last export failed, if it did. */
export function ExportActions({
  error,
  children,
}: {
  error: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className="actions">
      {children}
      {error !== undefined && (
        <p role="alert" className="error-inline">
          {error}
        </p>
      )}
    </div>
  );
}
