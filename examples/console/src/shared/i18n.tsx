import { createContext, useContext, useEffect, useState, type ReactNode } from "react";

/** The console's labels in Turkish (the default) and English; a missing English label is a type error. */
const tr = {
  appName: "Koordinat operasyon konsolu",
  skipToContent: "İçeriğe geç",
  menu: "Ana menü",
  language: "Dil",
  switchLanguage: "English",
  signIn: "Giriş yap",
  signOut: "Çıkış yap",
  signInIntro: "Personel hesabınızla (parola ve doğrulama kodu) giriş yapın.",
  signingIn: "Giriş yapılıyor…",
  signedInAs: "Oturum",
  loading: "Yükleniyor…",
  refusal: "İstek reddedildi",
  networkError: "Sunucuya ulaşılamadı",
  none: "Kayıt yok",
  live: "Canlı",
  liveOff: "Canlı bağlantı yok",
  lastEvent: "Son olay",
  // screens
  board: "Koordinasyon panosu",
  submissions: "Aylık bildirimler",
  approvals: "Onay kutusu",
  adequacy: "Randevu yeterliliği",
  claims: "SGK talepleri",
  accessLog: "Erişim kaydı",
  // board
  waitingOrigin: "Yer bekleyen (gönderen / birim)",
  waitingDestination: "Kabul bekleyen (alıcı hastane)",
  inProgress: "Süren sevkler",
  tpChain: "Geçici koruma zinciri",
  bedSearches: "Canlı 112 yatak aramaları",
  timeToBed: "Yatağa ulaşma süresi",
  averageByLevel: "Kademe ortalaması",
  elapsed: "Geçen süre",
  origin: "Gönderen",
  destination: "Alıcı",
  urgency: "Aciliyet",
  status: "Durum",
  diagnosis: "Tanı",
  accept: "Kabul et",
  accepted: "Sevk kabul edildi",
  provision: "Provizyon (TP-1)",
  inProvince: "İl içi (TP-2)",
  outOfProvince: "İl dışı (TP-3)",
  escalated: "Birime aktarıldı (TP-4)",
  completion: "Tamamlama raporu (TP-5)",
  level: "Kademe",
  province: "İl",
  bedType: "Yatak türü",
  searches: "Arama",
  reserved: "Ayrılan",
  // submissions
  period: "Dönem",
  show: "Göster",
  dueOn: "Son gün",
  legend: "Renkler",
  overdue: "Gecikmiş",
  provinceDetail: "İl bildirimi",
  consolidation: "Konsolide tablo",
  acceptedProvinces: "Kabul edilen il",
  metric: "Gösterge",
  value: "Değer",
  previous: "Önceki dönem",
  change: "Değişim",
  downloadExcel: "Excel olarak indir",
  downloadReady: "İndirme bağlantısı hazır",
  facility: "Kurum",
  nationality: "Uyruk",
  corrections: "Düzeltme istekleri",
  revision: "Revizyon",
  reason: "Gerekçe",
  // approvals
  chain: "Zincir",
  steps: "Adımlar",
  timeOnStep: "Adımda geçen süre",
  pendingForMe: "Bana bekleyenler",
  averageStep: "Ortalama adım süreleri",
  decisions: "Karar",
  current: "Şu an",
  done: "Tamamlandı",
  waiting: "Bekliyor",
  // adequacy
  weekStart: "Hafta başı",
  capacity: "Kapasite",
  requiredCapacity: "Gereken kapasite",
  physicians: "Hekim",
  withoutSchedule: "Cetveli olmayan hekim",
  reasons: "Bulgular",
  LOW_CAPACITY: "Düşük kapasite",
  MISSING_SCHEDULES: "Eksik cetvel",
  // claims
  claim: "Talep",
  submittedAt: "Başvuru",
  statement: "Ayrıntılı döküm",
  kind: "Kalem",
  person: "Kişi",
  quantity: "Adet",
  unitAmount: "Birim",
  amount: "Tutar",
  rules: "Kurallar",
  explanation: "Açıklama",
  total: "Toplam",
  ineligible: "Ödenmez",
  calculate: "Hesapla",
  approve: "Onayla",
  reject: "Reddet",
  rejectReason: "Ret gerekçesi",
  rejectRules: "Ret kuralları (virgülle)",
  rejectionRules: "Ret kuralları",
  select: "Seç",
  noStatement: "Henüz hesaplanmadı",
  // access log
  filters: "Süzgeçler",
  patientId: "Hasta kimliği",
  clientId: "İstemci",
  personFilter: "Kişi (kullanıcı adı)",
  from: "Başlangıç",
  to: "Bitiş",
  apply: "Uygula",
  at: "Zaman",
  action: "İşlem",
  operation: "Sorgu",
  basis: "Dayanak",
  role: "Rol",
  requestId: "İstek",
  more: "Daha fazla",
};

export type Label = keyof typeof tr;

const en: Record<Label, string> = {
  appName: "Koordinat operations console",
  skipToContent: "Skip to content",
  menu: "Main menu",
  language: "Language",
  switchLanguage: "Türkçe",
  signIn: "Sign in",
  signOut: "Sign out",
  signInIntro: "Sign in with your staff account (password and verification code).",
  signingIn: "Signing in…",
  signedInAs: "Signed in",
  loading: "Loading…",
  refusal: "Request refused",
  networkError: "The server cannot be reached",
  none: "Nothing here",
  live: "Live",
  liveOff: "Not live",
  lastEvent: "Last event",
  board: "Coordination board",
  submissions: "Monthly submissions",
  approvals: "Approval inbox",
  adequacy: "Appointment adequacy",
  claims: "SGK claims",
  accessLog: "Access log",
  waitingOrigin: "Waiting for a place (origin / unit)",
  waitingDestination: "Waiting for acceptance (destination)",
  inProgress: "Referrals under way",
  tpChain: "Temporary-protection chain",
  bedSearches: "Live 112 bed searches",
  timeToBed: "Time to bed",
  averageByLevel: "Average per level",
  elapsed: "Elapsed",
  origin: "Origin",
  destination: "Destination",
  urgency: "Urgency",
  status: "Status",
  diagnosis: "Diagnosis",
  accept: "Accept",
  accepted: "Referral accepted",
  provision: "Provision (TP-1)",
  inProvince: "In province (TP-2)",
  outOfProvince: "Out of province (TP-3)",
  escalated: "Escalated to the unit (TP-4)",
  completion: "Completion report (TP-5)",
  level: "Level",
  province: "Province",
  bedType: "Bed type",
  searches: "Searches",
  reserved: "Reserved",
  period: "Period",
  show: "Show",
  dueOn: "Due on",
  legend: "Colours",
  overdue: "Overdue",
  provinceDetail: "Province submission",
  consolidation: "Consolidated table",
  acceptedProvinces: "Provinces accepted",
  metric: "Metric",
  value: "Value",
  previous: "Previous period",
  change: "Change",
  downloadExcel: "Download as Excel",
  downloadReady: "Download link ready",
  facility: "Facility",
  nationality: "Nationality",
  corrections: "Correction requests",
  revision: "Revision",
  reason: "Reason",
  chain: "Chain",
  steps: "Steps",
  timeOnStep: "Time on step",
  pendingForMe: "Waiting for me",
  averageStep: "Average time per step",
  decisions: "Decisions",
  current: "Now",
  done: "Done",
  waiting: "Waiting",
  weekStart: "Week starting",
  capacity: "Capacity",
  requiredCapacity: "Required capacity",
  physicians: "Physicians",
  withoutSchedule: "Physicians without a schedule",
  reasons: "Findings",
  LOW_CAPACITY: "Low capacity",
  MISSING_SCHEDULES: "Missing schedules",
  claim: "Claim",
  submittedAt: "Submitted",
  statement: "Itemised statement",
  kind: "Item",
  person: "Person",
  quantity: "Quantity",
  unitAmount: "Unit",
  amount: "Amount",
  rules: "Rules",
  explanation: "Explanation",
  total: "Total",
  ineligible: "Not payable",
  calculate: "Calculate",
  approve: "Approve",
  reject: "Reject",
  rejectReason: "Reason for rejection",
  rejectRules: "Failing rules (comma-separated)",
  rejectionRules: "Failing rules",
  select: "Open",
  noStatement: "Not calculated yet",
  filters: "Filters",
  patientId: "Patient ID",
  clientId: "Client",
  personFilter: "Person (username)",
  from: "From",
  to: "To",
  apply: "Apply",
  at: "Time",
  action: "Action",
  operation: "Operation",
  basis: "Basis",
  role: "Role",
  requestId: "Request",
  more: "More",
};

export type Language = "tr" | "en";
const dictionaries: Record<Language, Record<Label, string>> = { tr, en };

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(label: Label): string;
  /** The Turkish or English of a value the API gives in both (labelTr/labelEn, explanationTr/explanationEn). */
  pick(turkish: string, english: string): string;
  dateTime(iso: string | null | undefined): string;
  money(amountMinor: number, currency: string): string;
}

const I18nContext = createContext<I18n | null>(null);
const STORAGE_KEY = "koordinat-console-language";

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(() => (localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "tr"));
  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, language);
    document.documentElement.lang = language;
  }, [language]);
  const locale = language === "tr" ? "tr-TR" : "en-GB";
  const value: I18n = {
    language,
    setLanguage,
    t: (label) => dictionaries[language][label],
    pick: (turkish, english) => (language === "tr" ? turkish : english),
    dateTime: (iso) =>
      iso ? new Date(iso).toLocaleString(locale, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Istanbul" }) : "—",
    money: (amountMinor, currency) => new Intl.NumberFormat(locale, { style: "currency", currency }).format(amountMinor / 100),
  };
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n outside I18nProvider");
  return i18n;
}

/** "3 h 12 min", "45 s": a duration in seconds, for times on a step or to a bed. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
