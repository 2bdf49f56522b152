/** @jsxImportSource hono/jsx */
import type {
  DnssecState,
  ReceiverChecklist,
  RequirementStatus,
  SendingData,
  SendingHost,
  SendingStepStatus,
} from '../../core/index.js';
import { DnssecNote } from './dnssec-note.js';
import { FindingItem } from './finding-item.js';

const STEP_MARK: Record<SendingStepStatus, string> = { pass: '✓', warn: '!', fail: '✗', unknown: '?', info: 'i' };
const STEP_WORDS: Record<SendingStepStatus, string> = {
  pass: 'fine',
  warn: 'weak',
  fail: 'problem',
  unknown: 'unknown',
  info: 'note',
};
const REQUIREMENT_WORDS: Record<RequirementStatus, string> = {
  pass: 'met',
  fail: 'not met',
  unknown: 'unknown',
  'not-checkable': 'not checkable here',
};
const HOST_WORDS: Record<SendingHost['status'], string> = {
  pass: 'fine',
  warn: 'warning',
  fail: 'problem',
  error: 'unknown (DNS failed)',
};

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function Checklist(props: { list: ReceiverChecklist }) {
  const { list } = props;
  return (
    <table class="checklist">
      <caption>
        {list.name}, since {DATE.format(new Date(`${list.since}T00:00:00Z`))} ·{' '}
        <a href={list.source} rel="noreferrer">
          their rules
        </a>
      </caption>
      <thead>
        <tr>
          <th scope="col">Rule</th>
          <th scope="col">For</th>
          <th scope="col">This host</th>
        </tr>
      </thead>
      <tbody>
        {list.items.map((item) => (
          <tr class={`req-${item.status}`}>
            <td>{item.text}</td>
            <td>{item.appliesTo === 'all' ? 'all senders' : 'bulk senders'}</td>
            <td>
              <strong>{REQUIREMENT_WORDS[item.status]}</strong>
              {item.status === 'not-checkable' ? null : <span class="meta"> — {item.detail}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function HostCard(props: { host: SendingHost; from: string }) {
  const { host, from } = props;
  const id = `host-${host.ip.replace(/[^0-9a-f]/gi, '-')}`;
  const toFix = host.findings.filter((finding) => finding.severity !== 'info');
  const notes = host.findings.filter((finding) => finding.severity === 'info');
  return (
    <article class={`host host-${host.status}`} aria-labelledby={id}>
      <h3 id={id}>
        <code>{host.ip}</code> <span class={`status status-${host.status}`}>{HOST_WORDS[host.status]}</span>
      </h3>
      <p class={`outcome outcome-${host.outcome.kind}`}>
        Mail from <code>{host.ip}</code> as {from} <strong>{host.outcome.text}</strong>.
      </p>
      <ol class="steps" aria-label={`How receivers judge ${host.ip}`}>
        {host.steps.map((step) => (
          <li class={`step step-${step.status}`}>
            <span class="mark" role="img" aria-label={STEP_WORDS[step.status]}>
              {STEP_MARK[step.status]}
            </span>{' '}
            {step.text}
          </li>
        ))}
      </ol>
      {toFix.length > 0 ? (
        <>
          <h4>What to fix</h4>
          <ul class="findings" aria-label={`What to fix for ${host.ip}`}>
            {[...toFix, ...notes].map((finding) => (
              <FindingItem finding={finding} />
            ))}
          </ul>
        </>
      ) : notes.length > 0 ? (
        <ul class="findings" aria-label={`Notes for ${host.ip}`}>
          {notes.map((finding) => (
            <FindingItem finding={finding} />
          ))}
        </ul>
      ) : (
        <p class="meta">Nothing to fix.</p>
      )}
      <details>
        <summary>What Gmail, Yahoo and Outlook.com require of senders, for this host</summary>
        {host.requirements.map((list) => (
          <Checklist list={list} />
        ))}
      </details>
    </article>
  );
}

/** The sending section as cards, one per IP: the outcome in one line, the receiver's steps, the fixes, the checklists. */
export function SendingCards(props: {
  title: string;
  status: SendingHost['status'];
  statusWords: string;
  summary: string;
  dnssec: DnssecState | undefined;
  data: SendingData;
}) {
  const { data } = props;
  return (
    <section class="section sending" aria-labelledby="section-sending">
      <h2 id="section-sending">
        {props.title} <span class={`status status-${props.status}`}>{props.statusWords}</span>
      </h2>
      <p>{props.summary}</p>
      <DnssecNote dnssec={props.dnssec} />
      <p class="meta">
        From domain <code>{data.from}</code> · MAIL FROM <code>{data.sender}</code>
        {data.helo ? (
          <span>
            {' '}
            · HELO <code>{data.helo}</code>
          </span>
        ) : null}
      </p>
      {data.hosts.map((host) => (
        <HostCard host={host} from={data.from} />
      ))}
    </section>
  );
}
