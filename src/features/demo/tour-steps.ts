// The walkthrough for a demo: each step points at an element marked data-tour="<target>" and explains the rule
// behind it in a sentence or two. The queue marks them: "views" (the tablist), "retry-row" (the first row with
// "Retry n of m", always rendered), "customer-requested" (the first customer request, with its note), "dnc" (that
// retry row's Cancel button) and "skip" (its Skip button); the header's Demo button is "demo".
export interface TourStep {
  target: string; // data-tour value; when no element has it, the fallback is tried, then the step is shown centred
  fallback?: { selector: string; text?: RegExp }; // the first element matching the selector (and text)
  title: string;
  body: string;
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    target: 'views',
    fallback: { selector: '[role="tablist"]' },
    title: 'Four views of the queue',
    body: 'Overdue, Due Today, This Week and All Pending, each with its count. Supervisors start the day on Overdue: work goes overdue when a campaign is paused or the team falls behind.',
  },
  {
    target: 'retry-row',
    fallback: { selector: '[data-callback-row]', text: /Retry \d+ of \d+/ },
    title: 'Automatic retries',
    body: 'When a call does not connect, the rules schedule a retry: voicemail and no answer after 24 hours (3 tries), busy after 1 hour (5), network errors after 30 minutes (3). "Retry 2 of 3" counts per contact and campaign.',
  },
  {
    target: 'customer-requested',
    fallback: { selector: '[data-callback-row]', text: /Customer requested/ },
    title: 'Customer-requested callbacks',
    body: 'When a customer asks to be called at a time, the callback is placed exactly then, with the notes from the conversation, and it comes first when overdue. It uses no retry.',
  },
  {
    target: 'dnc',
    fallback: { selector: 'button[data-action="cancel"]' },
    title: 'Do-Not-Call is final',
    body: 'Cancel with the reason “Contact asked not to be called” (or a DNC request in the call panel) puts the contact on the Do-Not-Call list: their callbacks in every campaign are cancelled for good, Call Now is refused and no callback can be created for them again.',
  },
  {
    target: 'skip',
    fallback: { selector: 'button[data-action="skip"]' },
    title: 'Skip a retry',
    body: 'Skip counts this retry as used and schedules the next one from the retry policy, inside the contact’s preferred calling window — or ends the sequence if it was the last.',
  },
  {
    target: 'demo',
    title: 'Make time pass',
    body: 'The Demo panel moves the clock and simulates the dialer, so you can watch callbacks fall due, go overdue and react to call outcomes. Reset brings the data back.',
  },
];
