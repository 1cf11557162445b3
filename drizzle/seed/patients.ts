import type { Guardian, IdentifierKind, PatientCategory, Sex } from "../schema/index.js";
import { SeededRandom } from "./random.js";
import { randomIin, randomTckn, randomTemporaryProtectionId } from "./identifiers.js";

export interface GeneratedPatient {
  category: PatientCategory;
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: Sex;
  nationality: string;
  phone: string | null;
  email: string | null;
  preferredLanguage: string;
  guardian: Guardian | null;
  identifiers: { kind: IdentifierKind; value: string; issuingCountry: string }[];
}

interface Origin {
  nationalities: string[];
  language: string;
  male: string[];
  female: string[];
  family: string[];
}

export const origins: Record<string, Origin> = {
  TR: {
    nationalities: ["TR"],
    language: "tr",
    male: ["Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Yusuf", "Emre", "Murat", "Oğuz", "Çağlar"],
    female: ["Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Şükran", "Gülşen", "Merve", "Özlem", "Büşra", "İpek"],
    family: [
      "Yılmaz",
      "Kaya",
      "Demir",
      "Şahin",
      "Çelik",
      "Yıldız",
      "Yıldırım",
      "Öztürk",
      "Aydın",
      "Özdemir",
      "Arslan",
      "Doğan",
      "Kılıç",
      "Aslan",
      "Çetin",
    ],
  },
  ARAB: {
    nationalities: ["SY", "IQ"],
    language: "ar",
    male: ["Ahmad", "Mohammed", "Omar", "Khaled", "Yousef", "Hussein", "Ali", "Mahmoud"],
    female: ["Fatima", "Aisha", "Maryam", "Layla", "Noor", "Huda", "Zainab", "Rania"],
    family: ["Al-Hassan", "Al-Ahmad", "Haddad", "Al-Khalil", "Hamdan", "Al-Jaber", "Saleh", "Darwish"],
  },
  TOURIST: {
    nationalities: ["DE", "AZ", "LY", "GB", "NL", "RU", "SA", "IQ"],
    language: "en",
    male: ["Thomas", "Elvin", "Ali", "James", "Daan", "Sergey", "Faisal", "Karim"],
    female: ["Anna", "Leyla", "Salma", "Emily", "Sanne", "Olga", "Noura", "Dina"],
    family: ["Müller", "Aliyev", "El-Mabrouk", "Smith", "de Vries", "Ivanov", "Al-Qahtani", "Jaafar"],
  },
  PROGRAM: {
    nationalities: ["SO", "SD", "AF", "KG", "BA"],
    language: "en",
    male: ["Abdi", "Mohamed", "Farhad", "Bakyt", "Emir"],
    female: ["Hodan", "Amna", "Parwana", "Aigul", "Amra"],
    family: ["Warsame", "Osman", "Ahmadi", "Toktogulov", "Hodžić"],
  },
  KZ: {
    nationalities: ["TR", "UZ", "RU", "KG", "CN"],
    language: "ru",
    male: ["Arman", "Timur", "Yerlan", "Nursultan", "Dmitry"],
    female: ["Aigerim", "Dana", "Madina", "Saule", "Elena"],
    family: ["Nurlanov", "Seitkali", "Abenov", "Petrov", "Tursunov"],
  },
};

const languageOf: Record<string, string> = {
  DE: "de",
  AZ: "az",
  LY: "ar",
  GB: "en",
  NL: "nl",
  RU: "ru",
  SA: "ar",
  IQ: "ar",
  SO: "so",
  SD: "ar",
  AF: "fa",
  KG: "ky",
  BA: "bs",
};

const mobilePhone = (random: SeededRandom) => `+90 5${random.digits(2)} ${random.digits(3)} ${random.digits(4)}`;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Deterministic synthetic patients of every category with valid identifiers (ID-1..3). Reused by
 * the demo seed and, at scale, by the benchmark generator.
 */
export function generatePatients(count: number, seed = 2026, today = "2026-01-01"): GeneratedPatient[] {
  const random = new SeededRandom(seed);
  const categories: PatientCategory[] = [
    "CITIZEN",
    "CITIZEN",
    "CITIZEN",
    "CITIZEN",
    "TEMPORARY_PROTECTION",
    "TEMPORARY_PROTECTION",
    "HEALTH_TOURIST",
    "FOREIGN_PROGRAM",
    "KZ_RESIDENT",
  ];
  const patients: GeneratedPatient[] = [];
  for (let i = 0; i < count; i++) {
    const category = categories[i % categories.length];
    const origin =
      origins[
        { CITIZEN: "TR", TEMPORARY_PROTECTION: "ARAB", HEALTH_TOURIST: "TOURIST", FOREIGN_PROGRAM: "PROGRAM", KZ_RESIDENT: "KZ" }[category]
      ];
    const sex: Sex = random.next() < 0.5 ? "MALE" : "FEMALE";
    // Every tenth patient is a minor, so guardians (PAT-2) appear in the demo data.
    const age = i % 10 === 9 ? random.int(1, 16) : random.int(19, 88);
    const birth = new Date(`${today}T00:00:00Z`);
    birth.setUTCFullYear(birth.getUTCFullYear() - age - 1);
    birth.setUTCDate(birth.getUTCDate() + random.int(1, 360));
    const birthDate = isoDate(birth);
    const nationality = random.pick(origin.nationalities);
    const familyName = random.pick(origin.family);
    const identifiers: GeneratedPatient["identifiers"] = [];
    switch (category) {
      case "CITIZEN":
        identifiers.push({ kind: "TCKN", value: randomTckn(random), issuingCountry: "" });
        break;
      case "TEMPORARY_PROTECTION":
        identifiers.push({ kind: "TEMPORARY_PROTECTION", value: randomTemporaryProtectionId(random), issuingCountry: "" });
        break;
      case "HEALTH_TOURIST":
      case "FOREIGN_PROGRAM":
        identifiers.push({ kind: "PASSPORT", value: `${nationality}${random.digits(7)}`, issuingCountry: nationality });
        break;
      case "KZ_RESIDENT":
        identifiers.push({ kind: "IIN", value: randomIin(random, birthDate, sex === "FEMALE" ? "FEMALE" : "MALE"), issuingCountry: "" });
        break;
    }
    patients.push({
      category,
      givenName: random.pick(sex === "MALE" ? origin.male : origin.female),
      familyName,
      birthDate,
      sex,
      nationality,
      phone: mobilePhone(random),
      email: null,
      preferredLanguage: category === "CITIZEN" ? "tr" : (languageOf[nationality] ?? origin.language),
      guardian:
        age < 18
          ? {
              name: `${random.pick(origin.male)} ${familyName}`,
              relationship: "father",
              phone: mobilePhone(random),
              identifierKind: null,
              identifierValue: null,
            }
          : null,
      identifiers,
    });
  }
  return patients;
}

/** The documented sample identifiers of DOMAIN ID-1 and ID-2, as named demo patients. */
export const samplePatients: GeneratedPatient[] = [
  {
    category: "CITIZEN",
    givenName: "Ayşe",
    familyName: "Yılmaz",
    birthDate: "1978-04-12",
    sex: "FEMALE",
    nationality: "TR",
    phone: "+90 532 000 0146",
    email: "ayse.yilmaz@example.org",
    preferredLanguage: "tr",
    guardian: null,
    identifiers: [{ kind: "TCKN", value: "10000000146", issuingCountry: "" }],
  },
  {
    category: "CITIZEN",
    givenName: "Mehmet",
    familyName: "Kaya",
    birthDate: "1961-09-30",
    sex: "MALE",
    nationality: "TR",
    phone: "+90 322 000 6060",
    email: null,
    preferredLanguage: "tr",
    guardian: null,
    identifiers: [{ kind: "TCKN", value: "17291716060", issuingCountry: "" }],
  },
  {
    category: "KZ_RESIDENT",
    givenName: "Emre",
    familyName: "Demir",
    birthDate: "1990-01-01",
    sex: "MALE",
    nationality: "TR",
    phone: "+7 701 000 0007",
    email: null,
    preferredLanguage: "tr",
    guardian: null,
    identifiers: [{ kind: "IIN", value: "900101300007", issuingCountry: "" }],
  },
  {
    category: "KZ_RESIDENT",
    givenName: "Aigerim",
    familyName: "Nurlanova",
    birthDate: "1995-06-15",
    sex: "FEMALE",
    nationality: "UZ",
    phone: "+7 701 000 0809",
    email: null,
    preferredLanguage: "ru",
    guardian: null,
    identifiers: [{ kind: "IIN", value: "950615400809", issuingCountry: "" }],
  },
];
