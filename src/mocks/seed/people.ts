// Realistic contacts: international names, E.164 numbers matching the country, IANA zones of that country.
import type { Contact, ContactKind } from '../../domain/types';
import { FEATURED } from './fixtures';
import type { Rng } from './prng';

const RESERVED = new Set<string>(Object.values(FEATURED)); // random contacts never take a featured name

interface Country {
  code: string; // calling code
  weight: number;
  zones: readonly string[];
  /** National significant number: a fixed prefix + random digits. */
  mobile: readonly [prefixes: readonly string[], digits: number];
  first: readonly string[];
  last: readonly string[];
}

const COUNTRIES: readonly Country[] = [
  { code: '1', weight: 30, zones: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Phoenix', 'America/Anchorage', 'Pacific/Honolulu', 'America/Detroit'],
    mobile: [['212', '312', '415', '503', '602', '617', '702', '713', '808', '907', '919', '646'], 7],
    first: ['Emily', 'Michael', 'Jasmine', 'Tyler', 'Keisha', 'Brandon', 'Megan', 'DeShawn', 'Ashley', 'Connor', 'Madison', 'Andre', 'Hannah', 'Marcus', 'Brianna', 'Cody'],
    last: ['Johnson', 'Williams', 'Brown', 'Garcia', 'Miller', 'Davis', "O'Brien", 'Washington', 'Nguyen', 'Patel', 'Anderson', 'Thompson', 'Hernandez', 'Robinson', 'Walker', 'Young'] },
  { code: '1', weight: 4, zones: ['America/Toronto', 'America/Vancouver', 'America/Halifax', 'America/St_Johns', 'America/Winnipeg'],
    mobile: [['416', '604', '902', '709', '204', '514'], 7],
    first: ['Liam', 'Chloé', 'Mathieu', 'Avery', 'Noémie', 'Owen', 'Gabrielle', 'Ethan'],
    last: ['Tremblay', 'Gagnon', 'MacDonald', 'Roy', 'Campbell', 'Côté', 'Fraser', 'Leblanc'] },
  { code: '44', weight: 8, zones: ['Europe/London'], mobile: [['7700', '7911', '7403', '7825'], 6],
    first: ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Poppy', 'Alfie', 'Freya'],
    last: ['Smith', 'Jones', 'Taylor', 'Evans', 'Hughes', 'Davies', 'Wright', 'McAllister'] },
  { code: '49', weight: 6, zones: ['Europe/Berlin'], mobile: [['151', '160', '170', '176'], 8],
    first: ['Lukas', 'Anna', 'Jürgen', 'Lea', 'Felix', 'Greta', 'Matthias', 'Sophie'],
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Schäfer'] },
  { code: '33', weight: 5, zones: ['Europe/Paris'], mobile: [['6', '7'], 8],
    first: ['Camille', 'Louis', 'Léa', 'Hugo', 'Manon', 'Théo', 'Inès', 'Julien'],
    last: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Fournier'] },
  { code: '34', weight: 4, zones: ['Europe/Madrid', 'Atlantic/Canary'], mobile: [['6'], 8],
    first: ['Lucía', 'Javier', 'Carmen', 'Álvaro', 'Marta', 'Sergio', 'Nuria', 'Pablo'],
    last: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Ruiz'] },
  { code: '39', weight: 3, zones: ['Europe/Rome'], mobile: [['32', '33', '34', '39'], 8],
    first: ['Giulia', 'Marco', 'Francesca', 'Alessandro', 'Chiara', 'Matteo'],
    last: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano'] },
  { code: '48', weight: 2, zones: ['Europe/Warsaw'], mobile: [['50', '60', '69', '79'], 7],
    first: ['Łukasz', 'Zofia', 'Piotr', 'Agnieszka', 'Kacper', 'Małgorzata'],
    last: ['Nowak', 'Kowalski', 'Wiśniewska', 'Wójcik', 'Kamiński', 'Lewandowska'] },
  { code: '55', weight: 4, zones: ['America/Sao_Paulo', 'America/Manaus'], mobile: [['119', '219', '319'], 8],
    first: ['João', 'Ana', 'Gabriel', 'Beatriz', 'Rafael', 'Larissa'],
    last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Carvalho'] },
  { code: '52', weight: 3, zones: ['America/Mexico_City', 'America/Tijuana', 'America/Cancun'], mobile: [['55', '33', '81'], 8],
    first: ['Alejandro', 'Guadalupe', 'Diego', 'Ximena', 'Fernando', 'Valeria'],
    last: ['Hernández', 'Ramírez', 'Torres', 'Flores', 'Vázquez', 'Castillo'] },
  { code: '91', weight: 7, zones: ['Asia/Kolkata'], mobile: [['98', '97', '91', '70'], 8],
    first: ['Aarav', 'Ananya', 'Rohan', 'Diya', 'Vikram', 'Meera', 'Arjun', 'Kavya'],
    last: ['Sharma', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Banerjee', 'Menon', 'Chatterjee'] },
  { code: '977', weight: 2, zones: ['Asia/Kathmandu'], mobile: [['984', '985', '986'], 7],
    first: ['Suman', 'Anjali', 'Bikash', 'Pratima', 'Rajesh', 'Sabina'],
    last: ['Shrestha', 'Thapa', 'Gurung', 'Adhikari', 'Tamang', 'Karki'] },
  { code: '81', weight: 3, zones: ['Asia/Tokyo'], mobile: [['90', '80', '70'], 8],
    first: ['Haruto', 'Yui', 'Sota', 'Hina', 'Kenji', 'Sakura'],
    last: ['Sato', 'Suzuki', 'Takahashi', 'Watanabe', 'Yamamoto', 'Nakamura'] },
  { code: '65', weight: 2, zones: ['Asia/Singapore'], mobile: [['8', '9'], 7],
    first: ['Wei Ling', 'Jun Jie', 'Siti', 'Ravi', 'Mei Xin', 'Farhan'],
    last: ['Tan', 'Lim', 'Ng', 'Rahman', 'Goh', 'Pillai'] },
  { code: '63', weight: 2, zones: ['Asia/Manila'], mobile: [['917', '918', '927'], 7],
    first: ['Maria Clara', 'Jose', 'Andrea', 'Mark Anthony', 'Kristine', 'Paolo'],
    last: ['Reyes', 'Cruz', 'Bautista', 'Dela Cruz', 'Villanueva', 'Mendoza'] },
  { code: '61', weight: 6, zones: ['Australia/Sydney', 'Australia/Melbourne', 'Australia/Brisbane', 'Australia/Adelaide', 'Australia/Perth', 'Australia/Lord_Howe', 'Australia/Darwin'],
    mobile: [['4'], 8],
    first: ['Jack', 'Charlotte', 'Lachlan', 'Matilda', 'Cooper', 'Ruby', 'Mitchell', 'Zoë'],
    last: ['Wilson', 'Kelly', 'Ryan', 'Murphy', 'Nguyen', 'Mitchell', 'Papadopoulos', 'Clarke'] },
  { code: '64', weight: 2, zones: ['Pacific/Auckland', 'Pacific/Chatham'], mobile: [['21', '22', '27'], 7],
    first: ['Aroha', 'Nikau', 'Ella', 'Tane', 'Mia', 'Hemi'],
    last: ['Ngata', 'Parata', 'Williams', 'Te Whare', 'Walker', 'Tipene'] },
  { code: '27', weight: 2, zones: ['Africa/Johannesburg'], mobile: [['82', '83', '72'], 7],
    first: ['Thabo', 'Naledi', 'Sipho', 'Lerato', 'Pieter', 'Zanele'],
    last: ['Nkosi', 'Dlamini', 'van der Merwe', 'Mokoena', 'Botha', 'Khumalo'] },
  { code: '971', weight: 2, zones: ['Asia/Dubai'], mobile: [['50', '52', '55'], 7],
    first: ['Omar', 'Fatima', 'Yousef', 'Layla', 'Hamad', 'Noura'],
    last: ['Al Mansoori', 'Al Hashimi', 'Haddad', 'Khalil', 'Al Falasi', 'Nasser'] },
];

const COUNTRY_WEIGHTS = COUNTRIES.map((c) => [c, c.weight] as const);

function digits(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i += 1) s += String(rng.int(0, 9));
  return s;
}

/** A new contact (id given), unique phone guaranteed through `phones`. */
export function makeContact(rng: Rng, id: string, phones: Set<string>, options: { timezone?: string; kind?: ContactKind; name?: string } = {}): Contact {
  const country = options.timezone ? (COUNTRIES.find((c) => c.zones.includes(options.timezone as string)) ?? rng.weighted(COUNTRY_WEIGHTS)) : rng.weighted(COUNTRY_WEIGHTS);
  let phone: string;
  do {
    const [prefixes, n] = country.mobile;
    const first = country.code === '1' ? String(rng.int(2, 9)) : '';
    phone = `+${country.code}${rng.pick(prefixes)}${first}${digits(rng, n - first.length)}`;
  } while (phones.has(phone));
  phones.add(phone);
  let name = options.name;
  while (name === undefined || (options.name === undefined && RESERVED.has(name))) name = `${rng.pick(country.first)} ${rng.pick(country.last)}`;
  return {
    id,
    name,
    phone,
    timezone: options.timezone ?? rng.pick(country.zones),
    kind: options.kind ?? (rng.chance(0.4) ? 'business' : 'consumer'),
    dnc: false,
    invalidNumber: false,
  };
}

/** Zones of every country, for picking one where it is daytime. */
export const ALL_ZONES: readonly string[] = [...new Set(COUNTRIES.flatMap((c) => c.zones))];
