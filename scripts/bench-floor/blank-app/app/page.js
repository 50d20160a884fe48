// A blank App Router page: what Next.js 16 and React 19 alone ship to the browser.
export default function BlankPage() {
  return <main>Page vide</main>;
}
