// The framework's floor (issue 21): the smallest App Router root layout. Built by bench:public-js.
export default function RootLayout({ children }) {
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  );
}
