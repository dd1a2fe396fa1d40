import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Parallax', template: '%s · Parallax' },
  description: 'Compare how outlets report the same event, claim by claim.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">Skip to content</a>
        <header className="site-header">
          <nav aria-label="Site">
            <Link href="/" className="brand">Parallax</Link>
            <Link href="/comparisons/new">New comparison</Link>
            <Link href="/check">Check a draft</Link>
            <Link href="/corpora">Corpora</Link>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>{children}</main>
        <footer className="site-footer">
          <p>Parallax compares how outlets report the same event. Every highlight is a prompt to look closer, not a verdict.</p>
        </footer>
      </body>
    </html>
  );
}
