// Currencies by ISO 4217 code, with the symbols printed before an amount and the words printed
// after it. Add one entry per currency; ISO codes are matched separately, so never list them here.
// Every symbol and every word (ignoring case) belongs to exactly one currency.
import type { CurrencyEntry } from './types.js';

export const CURRENCIES: readonly CurrencyEntry[] = [
  // ---- Majors ----
  // Bare "dollars" means U.S. dollars; other dollars need their country in front.
  { code: 'USD', symbols: ['$', 'US$', 'U.S.$'], words: ['dollars', 'dollar', 'U.S. dollars', 'U.S. dollar', 'US dollars', 'US dollar', 'American dollars'] },
  { code: 'EUR', symbols: ['€'], words: ['euros', 'euro'] },
  // The bare yen sign is JPY; yuan amounts print as "CN¥" or "RMB".
  { code: 'JPY', symbols: ['¥', 'JP¥', '￥'], words: ['yen', 'Japanese yen'] },
  // "pounds" is also a weight ("pounds of copper"); kept because it is how sterling amounts print.
  { code: 'GBP', symbols: ['£'], words: ['pounds', 'pound', 'pounds sterling', 'pound sterling', 'sterling', 'British pounds', 'British pound'] },
  { code: 'CHF', symbols: ['SFr', 'SFr.'], words: ['Swiss francs', 'Swiss franc', 'francs', 'franc'] },
  { code: 'CNY', symbols: ['CN¥', 'RMB', 'Rmb'], words: ['yuan', 'renminbi', 'Chinese yuan', 'onshore yuan', 'offshore yuan'] },
  { code: 'CAD', symbols: ['C$', 'CA$', 'Can$'], words: ['Canadian dollars', 'Canadian dollar'] },
  { code: 'AUD', symbols: ['A$', 'AU$'], words: ['Australian dollars', 'Australian dollar', 'Aussie dollars'] },
  { code: 'NZD', symbols: ['NZ$'], words: ['New Zealand dollars', 'New Zealand dollar'] },

  // ---- Asia-Pacific ----
  { code: 'HKD', symbols: ['HK$'], words: ['Hong Kong dollars', 'Hong Kong dollar', 'HK dollars'] },
  { code: 'SGD', symbols: ['S$'], words: ['Singapore dollars', 'Singapore dollar'] },
  { code: 'TWD', symbols: ['NT$'], words: ['New Taiwan dollars', 'New Taiwan dollar', 'Taiwan dollars', 'Taiwan dollar', 'NT dollars'] },
  { code: 'KRW', symbols: ['₩'], words: ['won', 'Korean won', 'South Korean won'] },
  { code: 'INR', symbols: ['₹', 'Rs', 'Rs.'], words: ['rupees', 'rupee', 'Indian rupees', 'Indian rupee'] },
  { code: 'PKR', words: ['Pakistani rupees', 'Pakistani rupee', 'Pakistan rupees'] },
  { code: 'LKR', words: ['Sri Lankan rupees', 'Sri Lankan rupee'] },
  { code: 'BDT', words: ['taka', 'Bangladeshi taka'] },
  { code: 'IDR', symbols: ['Rp', 'Rp.'], words: ['rupiah', 'Indonesian rupiah'] },
  { code: 'MYR', symbols: ['RM'], words: ['ringgit', 'Malaysian ringgit'] },
  { code: 'THB', symbols: ['฿'], words: ['baht', 'Thai baht'] },
  { code: 'PHP', symbols: ['₱'], words: ['Philippine pesos', 'Philippine peso'] },
  { code: 'VND', symbols: ['₫'], words: ['dong', 'Vietnamese dong'] },
  { code: 'KZT', symbols: ['₸'], words: ['tenge', 'Kazakh tenge'] },

  // ---- Americas ----
  // "real" alone is an English word: only "reais" and country-prefixed forms.
  { code: 'BRL', symbols: ['R$'], words: ['reais', 'Brazilian reais', 'Brazilian real'] },
  // Bare "pesos" means Mexican pesos; other pesos need their country in front.
  { code: 'MXN', symbols: ['MX$', 'Mex$'], words: ['pesos', 'peso', 'Mexican pesos', 'Mexican peso'] },
  { code: 'ARS', symbols: ['AR$'], words: ['Argentine pesos', 'Argentine peso', 'Argentinian pesos'] },
  { code: 'CLP', words: ['Chilean pesos', 'Chilean peso'] },
  { code: 'COP', words: ['Colombian pesos', 'Colombian peso'] },
  { code: 'PEN', symbols: ['S/'], words: ['soles', 'Peruvian soles', 'Peruvian sol'] },

  // ---- Europe outside the euro ----
  { code: 'SEK', words: ['kronor', 'krona', 'Swedish kronor', 'Swedish krona', 'Swedish crowns'] },
  // Bare "krone"/"kroner" go to the Norwegian krone; Danish amounts need "Danish".
  { code: 'NOK', words: ['kroner', 'krone', 'Norwegian kroner', 'Norwegian krone', 'Norwegian crowns'] },
  { code: 'DKK', words: ['Danish kroner', 'Danish krone', 'Danish crowns'] },
  { code: 'ISK', words: ['Icelandic kronur', 'Icelandic krona'] },
  { code: 'PLN', words: ['zlotys', 'zloty', 'Polish zlotys', 'Polish zloty'] },
  { code: 'CZK', words: ['koruna', 'korunas', 'Czech koruna', 'Czech crowns'] },
  { code: 'HUF', words: ['forints', 'forint', 'Hungarian forints', 'Hungarian forint'] },
  { code: 'RSD', words: ['Serbian dinars', 'Serbian dinar'] },
  { code: 'RON', words: ['lei', 'leu', 'Romanian lei', 'Romanian leu'] },
  { code: 'RUB', symbols: ['₽'], words: ['rubles', 'ruble', 'roubles', 'rouble', 'Russian rubles', 'Russian roubles'] },
  { code: 'UAH', symbols: ['₴'], words: ['hryvnias', 'hryvnia', 'Ukrainian hryvnias'] },
  { code: 'TRY', symbols: ['₺'], words: ['liras', 'lira', 'Turkish liras', 'Turkish lira'] },

  // ---- Middle East and Africa ----
  // "SR", "QR" and "Dh" are how Gulf papers print riyal and dirham amounts ("SR5 billion").
  { code: 'SAR', symbols: ['SR'], words: ['riyals', 'riyal', 'Saudi riyals', 'Saudi riyal'] },
  { code: 'AED', symbols: ['Dh', 'Dhs'], words: ['dirhams', 'dirham', 'UAE dirhams', 'Emirati dirhams'] },
  { code: 'QAR', symbols: ['QR'], words: ['Qatari riyals', 'Qatari riyal'] },
  { code: 'KWD', words: ['Kuwaiti dinars', 'Kuwaiti dinar'] },
  { code: 'BHD', words: ['Bahraini dinars', 'Bahraini dinar'] },
  { code: 'OMR', words: ['Omani rials', 'Omani rial'] },
  { code: 'IRR', words: ['Iranian rials', 'Iranian rial'] },
  { code: 'ILS', symbols: ['₪'], words: ['shekels', 'shekel', 'new shekels', 'Israeli shekels'] },
  { code: 'EGP', symbols: ['E£'], words: ['Egyptian pounds', 'Egyptian pound'] },
  { code: 'TND', words: ['Tunisian dinars', 'Tunisian dinar'] },
  { code: 'MUR', words: ['Mauritian rupees', 'Mauritian rupee'] },
  { code: 'MAD', words: ['Moroccan dirhams', 'Moroccan dirham'] },
  // The bare "R" for rand is left out: a single capital letter before a number is too often something else.
  { code: 'ZAR', words: ['rand', 'South African rand'] },
  { code: 'NGN', symbols: ['₦'], words: ['naira', 'Nigerian naira'] },
  { code: 'KES', symbols: ['KSh'], words: ['Kenyan shillings', 'Kenyan shilling'] },
  { code: 'GHS', words: ['cedis', 'cedi', 'Ghanaian cedis'] },
  { code: 'XOF', words: ['CFA francs', 'CFA franc'] },
];
