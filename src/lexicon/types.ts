// Shapes of the data-only lexicons. Code that uses a lexicon imports these types; the data
// files import nothing else, so adding an index, a place or a title is one entry.

/** A stock index as markets print it. */
export interface IndexEntry {
  /** Canonical name, as markets use it in print: "Nikkei 225", "S&P/ASX 200". */
  name: string;
  /**
   * Surface forms that name this index, canonical name included, written as they appear in
   * print ("Nikkei", "Nikkei average", "Nikkei Stock Average"). Matching also accepts the
   * ALL-CAPS form (headlines) and, for all-caps aliases, the title-case form ("Kospi").
   */
  aliases: string[];
  /** Place the index belongs to; a canonical name from places.ts ("Japan", "Hong Kong", "Euro area"). */
  region: string;
  /** ISO 4217 code of the currency the index is quoted in. */
  currency: string;
  /**
   * Market phrases that stand for this index and no other in market prose
   * ("Hong Kong equities", "Singapore's benchmark index", "Tokyo's benchmark").
   * Leave out phrases shared by several indices ("U.S. stocks").
   */
  phrases?: string[];
  /** Aliases that are ordinary words in another case ("SET", "IPC"): matched only exactly. */
  caseSensitive?: string[];
}

/** A place: country, region or financial centre. */
export interface PlaceEntry {
  /** Canonical name: "United States", "Hong Kong", "Euro area". */
  name: string;
  kind: 'country' | 'region' | 'city';
  /** Other surface forms: "U.S.", "US", "USA", "America", "the States". */
  aliases?: string[];
  /** Adjectives and demonyms that point at the place: "Japanese", "American". */
  adjectives?: string[];
}

/** An organisation known by name: central banks, regulators, supranational bodies, exchanges. */
export interface OrganizationEntry {
  /** Canonical name: "Bank of Japan". */
  name: string;
  /** Acronyms and short forms: "BoJ", "BOJ". */
  acronyms?: string[];
  /** Other full names: "the Fed" is an alias of "Federal Reserve". */
  aliases?: string[];
  category: 'central-bank' | 'regulator' | 'government' | 'supranational' | 'exchange' | 'other';
}

/** A stock exchange as it appears in ticker notation "(TYO: 6857)". */
export interface ExchangeEntry {
  /** Code as printed in tickers: "NASDAQ", "NYSE", "TYO", "LSE", "HKEX". */
  code: string;
  /** Other codes that mean the same exchange: "TSE" for TYO, "Nasdaq" for NASDAQ. */
  aliases?: string[];
  name: string;
  /** Suffix used in Reuters-style tickers ("T" in "7203.T"), when there is one. */
  suffix?: string;
  region: string;
}

/** A currency: how money is written in it. */
export interface CurrencyEntry {
  /** ISO 4217 code: "JPY". */
  code: string;
  /** Symbols written before the amount: "¥", "JP¥". Longest forms win ("US$" over "$"). */
  symbols?: string[];
  /** Words written after the amount: "yen", "dollars", "US dollars" (singular and plural). */
  words?: string[];
}

/** A company known by name (from the user's config): matched even without a legal suffix. */
export interface CompanyEntry {
  /** The name to report: "Toyota Motor Corp.". */
  name: string;
  /** Other names it goes by in print: "Toyota". */
  aliases?: string[];
  ticker?: string;
  exchange?: string;
}

/** What a user's config adds to the built-in lexicons. */
export interface UserLexicon {
  indices?: IndexEntry[];
  /** More aliases for built-in indices, by canonical name. */
  aliases?: Record<string, string[]>;
  companies?: CompanyEntry[];
}
