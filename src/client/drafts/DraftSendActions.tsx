// Getting a draft out of the sidebar: the user's own mail client (a mailto:
// link, so the add-on needs no Gmail access) or the clipboard.
import { useState } from 'preact/hooks';
import { MAILTO_SAFE_LENGTH, buildMailto } from '../../shared/drafts';
import { DRAFT_BODY_ID } from './DraftEditor';

/** The sandboxed sidebar may refuse the Clipboard API; selecting the text and execCommand still works there. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch (e) {
    // Refused (no permission in the iframe): fall back below.
  }
  const area = document.getElementById(DRAFT_BODY_ID) as HTMLTextAreaElement | null;
  if (!area) return false;
  area.focus();
  area.select();
  try {
    return document.execCommand('copy');
  } catch (e) {
    return false;
  }
}

export function DraftSendActions({ to, subject, body }: { to: string; subject: string; body: string }) {
  const [copied, setCopied] = useState('');
  const href = buildMailto({ to, subject, body });
  const copy = async () => {
    const ok = await copyText(body);
    setCopied(ok ? 'Message copied.' : 'The message is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
  };
  return (
    <div class="block draft-send">
      <a class="button action" href={href} target="_blank" rel="noopener">
        Open in mail client
      </a>
      <button type="button" onClick={copy}>
        Copy
      </button>
      {!to.trim() && <p class="secondary">No email address for this contact: your mail client will ask for one.</p>}
      {href.length > MAILTO_SAFE_LENGTH && (
        <p class="secondary">This message is long: some mail clients cut it off. Copy it instead if it arrives shortened.</p>
      )}
      <p class="secondary" role="status">
        {copied}
      </p>
    </div>
  );
}
