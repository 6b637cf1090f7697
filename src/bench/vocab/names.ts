/**
 * Name parts for the synthetic speaker pool: varied scripts of Latin names, accents,
 * particles (`van der`, `de la`) and hyphens, as real programmes have them. Every
 * combination is two to four capitalised words (particles aside) with no digits,
 * so it "looks like a name" by the note-format rules.
 */

/** Given names. */
export const FIRST_NAMES: readonly string[] = [
	'Ada', 'Adam', 'Aisha', 'Alba', 'Alejandro', 'Aleksandra', 'Alice', 'Amara', 'Amir', 'Ana', 'Andrea', 'Anika',
	'Anton', 'Armin', 'Arjun', 'Astrid', 'Ayumi', 'Beatriz', 'Ben', 'Bianca', 'Bo', 'Bruno', 'Carl', 'Carla',
	'Carmen', 'Chen', 'Chiara', 'Chloé', 'Clara', 'Dagny', 'Daniel', 'Dara', 'David', 'Deepa', 'Diego', 'Dmitri',
	'Elif', 'Elena', 'Emeka', 'Emil', 'Erik', 'Esther', 'Fatima', 'Felix', 'Femi', 'Fernanda', 'Finn', 'Freya',
	'Gabriel', 'Glauber', 'Grace', 'Greta', 'Hana', 'Hannah', 'Hiro', 'Ines', 'Ingrid', 'Irene', 'Isaac', 'Ivan',
	'Jarred', 'Javier', 'Jessie', 'Joana', 'Jon', 'Jonas', 'José', 'Julia', 'Kai', 'Kamala', 'Karin', 'Kenji',
	'Kofi', 'Lars', 'Laura', 'Leila', 'Lena', 'Liam', 'Lin', 'Lucía', 'Luis', 'Łukasz', 'Maja', 'Malik',
	'Marco', 'Mariana', 'Marta', 'Mateo', 'Mei', 'Mia', 'Miguel', 'Mila', 'Nadia', 'Naomi', 'Nils', 'Noor',
	'Olga', 'Omar', 'Oskar', 'Paula', 'Pedro', 'Priya', 'Rafael', 'Rahel', 'Ravi', 'Rosa', 'Ruth', 'Sam',
	'Sara', 'Sebastián', 'Simone', 'Sofia', 'Søren', 'Stella', 'Tariq', 'Thea', 'Tomás', 'Uma', 'Valentina',
	'Vera', 'Viktor', 'Wanjiru', 'Wei', 'Xavier', 'Yara', 'Yusuf', 'Zainab', 'Zoë', 'Jean-Luc', 'Anne-Marie',
];

/** Family names, some with particles; a particle stays lowercase as in the documented examples. */
export const LAST_NAMES: readonly string[] = [
	'Abara', 'Achterberg', 'Adeyemi', 'Ahmed', 'Almeida', 'Andersen', 'Aoki', 'Arslan', 'Bakker', 'Bauer',
	'Becker', 'Bergström', 'Bianchi', 'Byron', 'Castillo', 'Chalmers', 'Chen', 'Costa', 'Cruz', 'Dahl',
	'da Silva', 'de Boer', 'de la Cruz', 'de Vries', 'Demir', 'Dubois', 'Eriksen', 'Fernández', 'Fischer',
	'Fontaine', 'García', 'Gonçalves', 'Gruber', 'Haddad', 'Hakimi', 'Hansen', 'Herrera', 'Hoffmann', 'Horvat',
	'Ibrahim', 'Ito', 'Ivanova', 'Jansen', 'Jovanović', 'Kaur', 'Kim', 'Kowalski', 'Kumar', 'Laine', 'Larsen',
	'Lee', 'Lerche', 'Lindqvist', 'Linde', 'López', 'Mahlangu', 'Mäkinen', 'Martins', 'Meyer', 'Moreau',
	'Müller', 'Nakamura', 'Nguyen', 'Novak', 'Nowak', 'Ochoa', 'Okafor', 'Okonkwo', "O'Brien", 'Olsen',
	'Ortiz', 'Park', 'Patel', 'Pereira', 'Petrov', 'Popescu', 'Quispe', 'Ramírez', 'Rao', 'Reyes', 'Ronacher',
	'Rossi', 'Sato', 'Schmidt', 'Schneider', 'Sharma', 'Silva', 'Singh', 'Sokolova', 'Suzuki', 'Sumner',
	'Svensson', 'Tanaka', 'Torres', 'Van Dyke', 'van der Berg', 'van Dijk', 'Vasquez', 'Virtanen', 'von Essen',
	'Wagner', 'Wang', 'Weber', 'Wiśniewski', 'Yamamoto', 'Yilmaz', 'Zhang', 'Zimmermann', 'Žukauskas',
];

/** Companies and projects for `Name (Affiliation)`; none holds a speaker separator (`,` `&` `/` ` and `). */
export const AFFILIATIONS: readonly string[] = [
	'Turso', 'Tokio', 'BunJs', 'Sentry', 'Fly.io', 'Oxide', 'ScyllaDB', 'Grafana Labs', 'Honeycomb', 'Datadog',
	'Cloudflare', 'Fastly', 'Shopify', 'Stripe', 'GitHub', 'GitLab', 'Mozilla', 'Igalia', 'Red Hat', 'SUSE',
	'Canonical', 'Elastic', 'Confluent', 'Redpanda', 'Timescale', 'Neon', 'Supabase', 'PlanetScale', 'Vercel',
	'Netlify', 'Deno', 'Ferrous Systems', 'Tweede Golf', 'Embark', 'Discord', 'Spotify', 'Zalando', 'Klarna',
	'Booking.com', 'Adyen', 'ING', 'CERN', 'ETH Zürich', 'TU Delft', 'KTH', 'Inria', 'MIT', 'Jane Street',
	'Tailscale', 'Fermyon', 'Cosmonic', 'Isovalent', 'Chainguard', 'Bytecode Alliance', 'Sourcegraph',
];
