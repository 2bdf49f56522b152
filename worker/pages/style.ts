import { ERROR_COLOUR, gradeCss } from '../colours.js';

/** The pages' stylesheet, served at /style.css so the Content-Security-Policy can forbid inline styles. */
export const STYLESHEET = `
:root { color-scheme: light dark; --ok: #1a7f37; --warn: #9a6700; --bad: #cf222e; --err: #57606a; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem 1.25rem 3rem; }
header { display: flex; align-items: baseline; gap: 1rem; flex-wrap: wrap; border-bottom: 1px solid #8884; }
header a { font-weight: 700; text-decoration: none; color: inherit; }
h1 { font-size: 1.6rem; margin: 1.5rem 0 0.5rem; overflow-wrap: anywhere; }
h2 { font-size: 1.2rem; margin: 0; display: flex; gap: 0.6rem; align-items: center; }
form { display: flex; gap: 0.5rem; flex-wrap: wrap; align-items: end; margin: 1rem 0; }
label { display: flex; flex-direction: column; font-weight: 600; gap: 0.2rem; }
input { font: inherit; padding: 0.45rem 0.6rem; min-width: 16rem; border: 1px solid #888; border-radius: 4px; }
button { font: inherit; padding: 0.45rem 1rem; border-radius: 4px; border: 1px solid #0550ae; background: #0969da;
  color: #fff; cursor: pointer; }
input:focus-visible, button:focus-visible, a:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
.grade { display: inline-grid; place-items: center; width: 4.5rem; height: 4.5rem; font-size: 2.6rem; font-weight: 800;
  border-radius: 0.6rem; color: #fff; }
${gradeCss()}
.grade-unknown { background: #${ERROR_COLOUR.hex}; color: #${ERROR_COLOUR.text}; }
.banner { border: 2px solid var(--err); border-radius: .5rem; padding: .5rem 1rem; margin: 1rem 0; }
.summary { display: flex; gap: 1.25rem; align-items: center; margin: 1rem 0 1.5rem; }
.section { border: 1px solid #8886; border-radius: 0.5rem; padding: 1rem; margin: 1rem 0; }
.status { font-size: 0.8rem; font-weight: 700; text-transform: uppercase; padding: 0.1rem 0.5rem; border-radius: 1rem;
  color: #fff; }
.status-pass { background: var(--ok); } .status-warn { background: var(--warn); }
.status-fail { background: var(--bad); } .status-error { background: var(--err); }
.findings { list-style: none; padding: 0; margin: 0.75rem 0 0; }
.findings li { border-left: 4px solid var(--err); padding: 0.25rem 0.75rem; margin: 0.5rem 0; }
.findings .sev-error { border-color: var(--bad); } .findings .sev-warning { border-color: var(--warn); }
.findings .sev-info { border-color: #0969da; }
.finding-id { font-family: ui-monospace, monospace; font-size: 0.85rem; }
.fix { margin: 0.2rem 0; }
pre { background: #8881; padding: 0.6rem; border-radius: 4px; overflow-x: auto; white-space: pre-wrap;
  overflow-wrap: anywhere; font-size: 0.85rem; }
.error { color: var(--bad); font-weight: 600; }
.host { border: 1px solid #8886; border-left: 6px solid var(--err); border-radius: 0.4rem; padding: 0.25rem 1rem 0.75rem;
  margin: 0.9rem 0; }
.host-pass { border-left-color: var(--ok); } .host-warn { border-left-color: var(--warn); }
.host-fail { border-left-color: var(--bad); }
.host h3 { font-size: 1.1rem; display: flex; gap: 0.6rem; align-items: center; margin: 0.6rem 0 0.3rem; }
.host h4 { font-size: 1rem; margin: 0.75rem 0 0; }
.outcome { font-size: 1.1rem; margin: 0.3rem 0 0.6rem; }
.steps { list-style: none; padding: 0; margin: 0; }
.step { padding: 0.1rem 0; }
.mark { display: inline-grid; place-items: center; width: 1.3rem; height: 1.3rem; border-radius: 50%; color: #fff;
  font-size: 0.8rem; font-weight: 700; background: var(--err); }
.step-pass .mark { background: var(--ok); } .step-warn .mark { background: var(--warn); }
.step-fail .mark { background: var(--bad); } .step-info .mark { background: #0969da; }
.checklist { border-collapse: collapse; width: 100%; margin: 0.75rem 0; font-size: 0.9rem; }
.checklist caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
.checklist th, .checklist td { border-bottom: 1px solid #8884; padding: 0.25rem 0.4rem; text-align: left;
  vertical-align: top; }
.req-pass strong { color: var(--ok); } .req-fail strong { color: var(--bad); }
.req-unknown strong, .req-not-checkable strong { color: var(--err); }
.meta { color: #666; font-size: 0.9rem; }
`;

/** The pages' icon: a check mark on an envelope-coloured square. */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0969da"/>' +
  '<path d="M4 8.5l2.5 2.5L12 5.5" fill="none" stroke="#fff" stroke-width="2"/></svg>';
