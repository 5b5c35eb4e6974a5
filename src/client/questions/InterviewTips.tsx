// The career centres' advice for the awkward moments of an informational
// interview, one tap away while it runs.
const TIPS: Array<[string, string]> = [
  ['A silence', 'Let it sit a moment: they may be thinking. Then rephrase the question, or move on with "Could you tell me about a time when…".'],
  ['A long answer', 'Listen for a pause, thank them ("That is really helpful"), and bridge to the next question, minding the time you asked for.'],
  ['Being offered a job', 'Thank them warmly and say you would love to learn more; this meeting was to learn, so ask how to apply and follow up in writing.'],
  ['Discomfort', 'If a question lands badly, say "No need to answer that" and move on; if you are uneasy, you may end early and thank them for their time.'],
];

export function InterviewTips() {
  return (
    <details class="block iv-tips">
      <summary>Tips for awkward moments</summary>
      <dl>
        {TIPS.map(([when, what]) => (
          <div key={when}>
            <dt>{when}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
