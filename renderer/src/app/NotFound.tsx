import { Link } from 'react-router';

export function NotFound() {
  return (
    <section aria-labelledby="notfound-title">
      <h1 id="notfound-title">Page not found</h1>
      <p>
        There is no screen at this address. <Link to="/">Go to the dashboard</Link>.
      </p>
    </section>
  );
}
