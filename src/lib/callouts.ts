import { closeHint } from './content/suggest.ts';
import { calloutTypes, type CalloutType } from './entry-components.ts';

/** How readers see each kind of callout named: its label, and its title when the author gives none. */
export const calloutLabels: Record<CalloutType, string> = {
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
};

/** A callout as it is shown: its kind, the name of that kind, and its title. */
export interface CalloutView {
  type: CalloutType;
  label: string;
  title: string;
}

const isCalloutType = (value: string): value is CalloutType => (calloutTypes as readonly string[]).includes(value);

/**
 * What a `<Callout>` shows for the props an author wrote: `type` defaults to note and the title to the
 * type's name. An unknown type throws, naming the known ones, rather than showing the wrong kind of note.
 */
export function calloutView(props: { type?: string | undefined; title?: string | undefined }): CalloutView {
  const type = props.type ?? 'note';
  if (!isCalloutType(type)) {
    const hint = closeHint(type, calloutTypes) ?? 'leave type out for a note';
    throw new Error(`<Callout> has an unknown type (found: "${type}"; expected: one of ${calloutTypes.join(', ')}) — ${hint}`);
  }
  const label = calloutLabels[type];
  return { type, label, title: props.title?.trim() || label };
}
