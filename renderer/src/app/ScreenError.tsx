/**
 * What a screen shows when it fails to render (react-router's errorElement, one per screen): a plain message and
 * a way back instead of a stack trace, with the navigation still there; the error itself goes to the log.
 */
import { useEffect } from 'react';
import { Link, useNavigate, useRouteError } from 'react-router';

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'statusText' in error) return String((error as { statusText: unknown }).statusText);
  return String(error);
}

export function ScreenError({ whole = false }: { /** The app shell itself failed: no navigation around it. */ whole?: boolean }) {
  const error = useRouteError();
  const navigate = useNavigate();
  useEffect(() => {
    console.error('[coderpath] a screen failed to render:', error);
  }, [error]);
  return (
    <section className={whole ? 'startup-error' : undefined} aria-labelledby="screen-error-title">
      <h1 id="screen-error-title">Something went wrong on this screen</h1>
      <p className="alert alert-danger" role="alert">This screen could not be shown: {describe(error)}</p>
      <p>Your saved data is not affected; anything typed on this screen and not saved yet may be lost.</p>
      <div className="form-actions">
        <button type="button" onClick={() => void navigate(-1)}>Go back</button>
        <Link to="/">Go to the dashboard</Link>
        <button type="button" className="btn-primary" onClick={() => window.location.reload()}>Reload</button>
      </div>
    </section>
  );
}
