// Who led to whom: the Referred by column as an indented tree (the referrer,
// the people they introduced, then theirs) with the meetings each branch
// produced. Referred by holds a name as typed or a Contact ID; a name that
// matches no contact still heads its branch, and a loop (A referred by B, B by
// A) is cut so every person appears once.
import { nameKey, resolveContactRef } from '../contacts';
import type { ContactFacts, Facts } from './facts';
import type { Contact } from '../schema';

export interface ReferralLine {
  /** 0 for the person at the head of a branch. */
  depth: number;
  name: string;
  /** '' for a referrer who is not in Contacts. */
  contactId: string;
  /** Meetings with this person. */
  meetings: number;
  /** Meetings with this person and everyone they led to. */
  branchMeetings: number;
  /** People this person introduced directly. */
  introduced: number;
  notInContacts: boolean;
  /** A referrer's name that several contacts share, so it cannot say which one. */
  ambiguous: boolean;
  /** Their Referred by pointed back into their own branch; the loop was cut here. */
  loopCut: boolean;
}

interface Node {
  name: string;
  contactId: string;
  facts: ContactFacts | null;
  parent: Node | null;
  children: Node[];
  order: number;
  loopCut: boolean;
  ambiguous: boolean;
  /** Where the loop search stands: 0 not seen, 1 on the path being walked, 2 done. */
  seen: 0 | 1 | 2;
  /** Meetings with this person and everyone they led to, and how many people that is (themself included). */
  branchMeetings: number;
  people: number;
  /** Where this person's branch starts in the walk of every branch (walkBranches). */
  start: number;
}

export function referralTree(facts: Facts): ReferralLine[] {
  // Only people in a referral get a node: at 10,000 contacts a node for
  // everyone was most of the work, and a few hundred are in a referral.
  const referrerOf = new Map<ContactFacts, Contact | null>();
  const referrers = new Set<Contact>();
  for (const f of facts.contacts) {
    const ref = f.contact.referredBy.trim();
    if (!ref) continue;
    const referrer = resolveContactRef(ref, facts.index);
    if (referrer === f.contact) continue;
    referrerOf.set(f, referrer);
    if (referrer) referrers.add(referrer);
  }
  const nodes = new Map<Contact, Node>();
  facts.contacts.forEach((f, order) => {
    if (!referrerOf.has(f) && !referrers.has(f.contact)) return;
    nodes.set(f.contact, { name: f.contact.name.trim() || '(no name)', contactId: f.contact.contactId.trim(), facts: f, parent: null, children: [], order, loopCut: false, ambiguous: false, seen: 0, branchMeetings: 0, people: 0, start: 0 });
  });
  const outsiders = new Map<string, Node>();
  for (const [f, referrer] of referrerOf) {
    const node = nodes.get(f.contact)!;
    if (referrer) {
      node.parent = nodes.get(referrer) ?? null;
      continue;
    }
    const ref = f.contact.referredBy.trim();
    const key = nameKey(ref);
    let outsider = outsiders.get(key);
    if (!outsider) {
      outsider = { name: ref, contactId: '', facts: null, parent: null, children: [], order: facts.contacts.length + outsiders.size, loopCut: false, ambiguous: (facts.index.byName.get(key)?.length ?? 0) > 1, seen: 0, branchMeetings: 0, people: 0, start: 0 };
      outsiders.set(key, outsider);
    }
    node.parent = outsider;
  }
  cutLoops([...nodes.values()]);

  const all = [...nodes.values(), ...outsiders.values()];
  for (const n of all) if (n.parent) n.parent.children.push(n);
  // Most people introduced no one or one person: nothing to sort then.
  for (const n of all) if (n.children.length > 1) n.children.sort((a, b) => a.order - b.order);
  const roots = all.filter((n) => !n.parent && n.children.length > 0);

  // Every branch walked into one list (a branch's people side by side from its head), then the branches in order.
  const walk = walkBranches(roots);
  roots.sort((a, b) => b.people - a.people || a.order - b.order);
  const lines: ReferralLine[] = [];
  for (const root of roots) for (let i = root.start, end = root.start + root.people; i < end; i++) lines.push(lineOf(walk.order[i], walk.depths[i]));
  return lines;
}

/** Breaks every cycle of parent links at its member highest in the sheet. */
function cutLoops(nodes: Node[]): void {
  const path: Node[] = [];
  for (const start of nodes) {
    path.length = 0;
    let n: Node | null = start;
    while (n && n.seen === 0) {
      n.seen = 1;
      path.push(n);
      n = n.parent;
    }
    if (n && n.seen === 1) {
      const loop = path.slice(path.indexOf(n));
      const head = loop.reduce((a, b) => (b.order < a.order ? b : a));
      head.parent = null;
      head.loopCut = true;
    }
    for (const p of path) p.seen = 2;
  }
}

/**
 * Each branch in pre-order, one after another (a branch's people start at its head's `start`), with
 * each person's depth and the meetings and people of their branch. Without recursion: a long chain
 * cannot overflow the stack.
 */
function walkBranches(roots: readonly Node[]): { order: Node[]; depths: number[] } {
  const order: Node[] = [];
  const depths: number[] = [];
  const stack: Node[] = [];
  const stackDepths: number[] = [];
  for (const root of roots) {
    root.start = order.length;
    stack.push(root);
    stackDepths.push(0);
    while (stack.length) {
      const node = stack.pop()!;
      const depth = stackDepths.pop()!;
      order.push(node);
      depths.push(depth);
      for (let i = node.children.length - 1; i >= 0; i--) {
        stack.push(node.children[i]);
        stackDepths.push(depth + 1);
      }
    }
  }
  // Children come after their parent in pre-order: summed from the end, each child is done before its parent.
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    let meetings = node.facts?.meetings ?? 0;
    let count = 1;
    for (const c of node.children) {
      meetings += c.branchMeetings;
      count += c.people;
    }
    node.branchMeetings = meetings;
    node.people = count;
  }
  return { order, depths };
}

function lineOf(node: Node, depth: number): ReferralLine {
  return {
    depth,
    name: node.name,
    contactId: node.contactId,
    meetings: node.facts?.meetings ?? 0,
    branchMeetings: node.branchMeetings,
    introduced: node.children.length,
    notInContacts: node.facts === null,
    ambiguous: node.ambiguous,
    loopCut: node.loopCut,
  };
}
