/** The stylesheet of the public pages: readable on a phone, legible from afar on a branch TV. */
export const PAGES_STYLESHEET = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #55606b; --line: #d5dbe1; --accent: #a3191f; --ok: #1f6f3f; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--ink); background: #f6f7f9; line-height: 1.5; }
main { max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; color: var(--accent); }
h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
.result h2:first-child { margin-top: 0; }
form { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem; }
label { display: block; font-weight: 600; margin-top: 0.75rem; }
input { width: 100%; font-size: 1.1rem; padding: 0.5rem; border: 1px solid var(--line); border-radius: 6px; }
.hint { color: var(--muted); font-size: 0.9rem; margin: 0.25rem 0 0; }
button { margin-top: 1rem; font-size: 1.1rem; padding: 0.6rem 1.4rem; border: 0; border-radius: 6px; background: var(--accent); color: #fff; cursor: pointer; }
.message { margin: 1rem 0; padding: 0.75rem 1rem; border-radius: 6px; background: #fdecea; border: 1px solid #f5c2bd; }
.result { margin-top: 1.5rem; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.35rem 1rem; margin: 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; font-weight: 600; }
.status { color: var(--ok); }
.timeline { list-style: none; padding: 0; margin: 0; border-left: 3px solid var(--line); }
.timeline li { padding: 0.25rem 0 0.5rem 1rem; position: relative; }
.timeline li::before { content: ""; position: absolute; left: -0.45rem; top: 0.6rem; width: 0.6rem; height: 0.6rem; border-radius: 50%; background: var(--accent); }
.timeline time { color: var(--muted); margin-right: 0.5rem; }

body.board { background: #0f1d2e; color: #fff; }
.board main { max-width: none; min-height: 100vh; padding: 2vh 3vw; display: grid; grid-template-rows: auto auto 1fr auto; gap: 2vh; }
.board h1 { color: #ffd54f; font-size: 4vh; margin: 0; }
.board .connection { color: #b0bec5; font-size: 2vh; margin: 0; }
.board .connection[data-state="lost"] { color: #ff8a80; }
.board .call { font-size: 9vh; font-weight: 700; margin: 0; text-align: center; }
.board .call .number { color: #ffd54f; }
.board .recent { list-style: none; display: flex; flex-wrap: wrap; justify-content: center; gap: 1vh 3vw; padding: 0; margin: 0; font-size: 3.5vh; color: #cfd8dc; }
.board table { width: 100%; border-collapse: collapse; font-size: 3.5vh; }
.board th, .board td { text-align: left; padding: 0.8vh 1vw; border-bottom: 1px solid #2c3e50; }
.board th { color: #b0bec5; font-weight: 400; }
.board td.count, .board th.count { text-align: right; }
.board footer { display: flex; flex-wrap: wrap; gap: 1vh 4vw; font-size: 2.8vh; color: #cfd8dc; }
.board footer strong { color: #fff; }
`;
