// Stock exchanges as ticker notation prints them ("(TYO: 6857)", "(NYSE: CAT)", "7203.T").
// Add one entry per exchange: code and aliases are looked up ignoring case and must be unique;
// suffix is the short code after the dot in Reuters/Yahoo-style tickers, unique when given.
import type { ExchangeEntry } from './types.js';

export const EXCHANGES: readonly ExchangeEntry[] = [
  // ---- United States ----
  { code: 'NASDAQ', aliases: ['NasdaqGS', 'NasdaqGM', 'NasdaqCM', 'XNAS'], name: 'Nasdaq Stock Market', suffix: 'O', region: 'United States' },
  { code: 'NYSE', aliases: ['XNYS'], name: 'New York Stock Exchange', suffix: 'N', region: 'United States' },
  { code: 'NYSEARCA', aliases: ['ARCA', 'ARCX'], name: 'NYSE Arca', suffix: 'P', region: 'United States' },
  { code: 'AMEX', aliases: ['NYSEMKT', 'XASE'], name: 'NYSE American', suffix: 'A', region: 'United States' },
  { code: 'BATS', aliases: ['CBOE', 'BZX', 'CboeBZX'], name: 'Cboe BZX Exchange', region: 'United States' },
  { code: 'OTC', aliases: ['OTCMKTS', 'OTCQX', 'OTCQB', 'OTCPK', 'PINK'], name: 'OTC Markets', suffix: 'PK', region: 'United States' },

  // ---- Americas ----
  { code: 'TSX', aliases: ['XTSE'], name: 'Toronto Stock Exchange', suffix: 'TO', region: 'Canada' },
  { code: 'TSXV', aliases: ['CVE', 'XTSX'], name: 'TSX Venture Exchange', suffix: 'V', region: 'Canada' },
  { code: 'BMV', aliases: ['XMEX'], name: 'Bolsa Mexicana de Valores', suffix: 'MX', region: 'Mexico' },
  { code: 'B3', aliases: ['BVMF', 'BOVESPA'], name: 'B3', suffix: 'SA', region: 'Brazil' },
  { code: 'BCBA', aliases: ['BYMA', 'XBUE'], name: 'Bolsas y Mercados Argentinos', suffix: 'BA', region: 'Argentina' },
  { code: 'BCS', aliases: ['SGO', 'XSGO'], name: 'Santiago Stock Exchange', suffix: 'SN', region: 'Chile' },

  // ---- Europe ----
  { code: 'LSE', aliases: ['LON', 'XLON'], name: 'London Stock Exchange', suffix: 'L', region: 'United Kingdom' },
  { code: 'ETR', aliases: ['XETRA', 'XETR'], name: 'Xetra', suffix: 'DE', region: 'Germany' },
  { code: 'FRA', aliases: ['FWB', 'XFRA'], name: 'Frankfurt Stock Exchange', suffix: 'F', region: 'Germany' },
  { code: 'EPA', aliases: ['XPAR', 'ENXTPA'], name: 'Euronext Paris', suffix: 'PA', region: 'France' },
  { code: 'AMS', aliases: ['XAMS', 'ENXTAM'], name: 'Euronext Amsterdam', suffix: 'AS', region: 'Netherlands' },
  { code: 'EBR', aliases: ['XBRU', 'ENXTBR'], name: 'Euronext Brussels', suffix: 'BR', region: 'Belgium' },
  { code: 'ELI', aliases: ['XLIS', 'ENXTLS'], name: 'Euronext Lisbon', suffix: 'LS', region: 'Portugal' },
  { code: 'ISE', aliases: ['XDUB'], name: 'Euronext Dublin', suffix: 'IR', region: 'Ireland' },
  { code: 'BIT', aliases: ['MIL', 'XMIL'], name: 'Borsa Italiana', suffix: 'MI', region: 'Italy' },
  { code: 'BME', aliases: ['MCE', 'XMAD'], name: 'Bolsa de Madrid', suffix: 'MC', region: 'Spain' },
  // Reuters writes ".S" for SIX; ".SW" (Yahoo) is the more common printed form.
  { code: 'SIX', aliases: ['SWX', 'VTX', 'XSWX'], name: 'SIX Swiss Exchange', suffix: 'SW', region: 'Switzerland' },
  { code: 'VIE', aliases: ['WBAG', 'XWBO'], name: 'Wiener Börse', suffix: 'VI', region: 'Austria' },
  { code: 'STO', aliases: ['XSTO'], name: 'Nasdaq Stockholm', suffix: 'ST', region: 'Sweden' },
  { code: 'CPH', aliases: ['XCSE'], name: 'Nasdaq Copenhagen', suffix: 'CO', region: 'Denmark' },
  { code: 'HEL', aliases: ['XHEL'], name: 'Nasdaq Helsinki', suffix: 'HE', region: 'Finland' },
  { code: 'OSL', aliases: ['XOSL'], name: 'Oslo Børs', suffix: 'OL', region: 'Norway' },
  { code: 'WSE', aliases: ['GPW', 'WAR', 'XWAR'], name: 'Warsaw Stock Exchange', suffix: 'WA', region: 'Poland' },
  { code: 'ATHEX', aliases: ['ATH', 'XATH'], name: 'Athens Stock Exchange', suffix: 'AT', region: 'Greece' },
  { code: 'BIST', aliases: ['IST', 'XIST'], name: 'Borsa Istanbul', suffix: 'IS', region: 'Turkey' },
  { code: 'MOEX', aliases: ['MCX', 'MISX'], name: 'Moscow Exchange', suffix: 'ME', region: 'Russia' },

  // ---- Middle East and Africa ----
  { code: 'TADAWUL', aliases: ['XSAU'], name: 'Saudi Exchange', suffix: 'SR', region: 'Saudi Arabia' },
  { code: 'DFM', aliases: ['XDFM'], name: 'Dubai Financial Market', region: 'United Arab Emirates' },
  { code: 'ADX', aliases: ['XADS'], name: 'Abu Dhabi Securities Exchange', region: 'United Arab Emirates' },
  { code: 'QSE', aliases: ['DSMD'], name: 'Qatar Stock Exchange', suffix: 'QA', region: 'Qatar' },
  { code: 'TASE', aliases: ['TLV', 'XTAE'], name: 'Tel Aviv Stock Exchange', suffix: 'TA', region: 'Israel' },
  { code: 'JSE', aliases: ['XJSE'], name: 'Johannesburg Stock Exchange', suffix: 'JO', region: 'South Africa' },

  // ---- Asia-Pacific ----
  // "TSE" is Tokyo here; Toronto prints as "TSX".
  { code: 'TYO', aliases: ['TSE', 'JPX', 'XTKS'], name: 'Tokyo Stock Exchange', suffix: 'T', region: 'Japan' },
  { code: 'HKEX', aliases: ['HKG', 'SEHK', 'XHKG'], name: 'Hong Kong Stock Exchange', suffix: 'HK', region: 'Hong Kong' },
  { code: 'SSE', aliases: ['SHA', 'XSHG'], name: 'Shanghai Stock Exchange', suffix: 'SS', region: 'China' },
  { code: 'SZSE', aliases: ['SHE', 'XSHE'], name: 'Shenzhen Stock Exchange', suffix: 'SZ', region: 'China' },
  { code: 'KRX', aliases: ['KSE', 'XKRX'], name: 'Korea Exchange', suffix: 'KS', region: 'South Korea' },
  { code: 'KOSDAQ', aliases: ['XKOS'], name: 'KOSDAQ', suffix: 'KQ', region: 'South Korea' },
  { code: 'TWSE', aliases: ['TPE', 'XTAI'], name: 'Taiwan Stock Exchange', suffix: 'TW', region: 'Taiwan' },
  { code: 'TPEX', aliases: ['GTSM', 'ROCO'], name: 'Taipei Exchange', region: 'Taiwan' },
  { code: 'SGX', aliases: ['SES', 'XSES'], name: 'Singapore Exchange', suffix: 'SI', region: 'Singapore' },
  { code: 'KLSE', aliases: ['MYX', 'BURSA', 'XKLS'], name: 'Bursa Malaysia', suffix: 'KL', region: 'Malaysia' },
  { code: 'IDX', aliases: ['XIDX'], name: 'Indonesia Stock Exchange', suffix: 'JK', region: 'Indonesia' },
  { code: 'SET', aliases: ['BKK', 'XBKK'], name: 'Stock Exchange of Thailand', suffix: 'BK', region: 'Thailand' },
  { code: 'PSE', aliases: ['XPHS'], name: 'Philippine Stock Exchange', suffix: 'PS', region: 'Philippines' },
  { code: 'HOSE', aliases: ['HSX', 'XSTC'], name: 'Ho Chi Minh City Stock Exchange', region: 'Vietnam' },
  { code: 'NSE', aliases: ['XNSE'], name: 'National Stock Exchange of India', suffix: 'NS', region: 'India' },
  { code: 'BSE', aliases: ['BOM', 'XBOM'], name: 'Bombay Stock Exchange', suffix: 'BO', region: 'India' },
  { code: 'ASX', aliases: ['XASX'], name: 'Australian Securities Exchange', suffix: 'AX', region: 'Australia' },
  { code: 'NZX', aliases: ['XNZE'], name: 'New Zealand Exchange', suffix: 'NZ', region: 'New Zealand' },
];
