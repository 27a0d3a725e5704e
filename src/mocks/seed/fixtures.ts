// The fixed parts of the demo: users (fixed ids), campaigns, the featured contacts' names and notes.
// Unit and e2e tests import these to find the demo's known cases.
import type { Campaign, User } from '../../domain/types';

export const DEMO_USERS: readonly User[] = [
  { id: 'sup-1', name: 'Morgan Reyes', role: 'supervisor' },
  { id: 'ag-1', name: 'Priya Shah', role: 'agent' },
  { id: 'ag-2', name: 'Tom Becker', role: 'agent' },
  { id: 'ag-3', name: 'Aiko Tanaka', role: 'agent' },
  { id: 'ag-4', name: 'Luis Ortega', role: 'agent' },
];
export const SUPERVISOR_ID = 'sup-1';
export const AGENT_IDS = ['ag-1', 'ag-2', 'ag-3', 'ag-4'] as const;

export const DEMO_CAMPAIGNS: readonly Campaign[] = [
  { id: 'cp-1', name: 'Q4 Renewals', status: 'active' },
  { id: 'cp-2', name: 'Solar Leads — Paused', status: 'paused' },
  { id: 'cp-3', name: 'Home Insurance Quotes', status: 'active' },
  { id: 'cp-4', name: 'Clinic Appointment Reminders', status: 'active' },
  { id: 'cp-5', name: 'Summer Promo 2026', status: 'ended' },
];
export const PAUSED_CAMPAIGN_ID = 'cp-2';
export const ENDED_CAMPAIGN_ID = 'cp-5';
/** Campaigns that get new work (the ended one holds only closed history). */
export const WORKING_CAMPAIGN_IDS = ['cp-1', 'cp-2', 'cp-3', 'cp-4'] as const;

/** Untrusted text that must render as text (never as HTML). */
export const XSS_NOTE = 'Wants a callback about invoice #4471 <img src=x onerror=alert(1)> — said "after lunch".';

export const CUSTOMER_NOTES: readonly string[] = [
  'Asked to call after her 3pm meeting; interested in the family plan',
  'Driving right now — call back this evening, prefers English',
  'Wants to compare with the quote from his current insurer first',
  'Asked for the manager; renewal price felt too high',
  'Call the office line after 10am, ask for accounts payable',
  'Interested in solar panels for the garage roof, needs spouse on the call',
  'Rebook the check-up; Tuesday mornings are best',
  'Said: "call me when you have the new prices"',
  'Prefers Spanish; daughter may answer',
  'In a meeting, asked us to ring back after lunch',
];

/** The featured contacts (always in the demo data, whatever the seed), by name. */
export const FEATURED = {
  familyPlan: 'Elena Márquez', // overdue customer-requested with a realistic note
  xssNote: 'Jordan Blake', // overdue customer-requested whose note holds XSS_NOTE
  dnc: 'Walter Kim', // Do-Not-Call: closed callbacks in two campaigns
  exhausted: 'Sofia Rossi', // busy ×6: the sequence is exhausted
  replaced: 'Grace Okafor', // customer-requested that replaced an automatic callback
  staleSolar: 'Dale Hutchins', // stale overdue in the paused campaign
  kathmandu: 'Anjali Shrestha', // Asia/Kathmandu (+05:45)
  kolkata: 'Rohan Iyer', // Asia/Kolkata (+05:30)
  lordHowe: 'Matilda Kelly', // Australia/Lord_Howe (half-hour DST)
  chatham: 'Aroha Tipene', // Pacific/Chatham (+12:45/+13:45)
  adelaide: 'Lachlan Papadopoulos', // Australia/Adelaide (+09:30/+10:30)
} as const;
