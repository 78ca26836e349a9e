// Company markers. COMPANY_SUFFIXES are legal suffixes exactly as printed after a name ("Corp.",
// "Co., Ltd.", "S.p.A."); COMPANY_WORDS are capitalised words that end a company name without one
// ("Samsung Electronics"). Add one string per form, case as printed; no duplicates.

export const COMPANY_SUFFIXES: readonly string[] = [
  'Nyrt', 'Nyrt.', 'ASA', 'Tbk', 'TBK',
  // English-language
  'Inc.', 'Inc', 'Incorporated', 'Corp.', 'Corp', 'Corporation', 'Co.', 'Co', 'Company', 'Cos.',
  'Ltd.', 'Ltd', 'Limited', 'LLC', 'L.L.C.', 'LLP', 'L.L.P.', 'LP', 'L.P.', 'PLC', 'plc', 'Plc',
  'Holdings', 'Holdings Inc.', 'Holdings Ltd.', 'Holdings Co., Ltd.', 'Group', 'Group Inc.', 'Group Ltd.',
  'Co., Ltd.', 'Co. Ltd.', 'Co., Ltd', 'Co Ltd', 'Company Limited',
  // Asia-Pacific
  'Pte Ltd', 'Pte. Ltd.', 'Pty Ltd', 'Pty. Ltd.', 'Pty Limited', 'KK', 'K.K.', 'Bhd', 'Bhd.', 'Berhad',
  'Sdn Bhd', 'Sdn. Bhd.', 'Tbk', 'Tbk.', 'PCL', 'Pcl',
  // Continental Europe
  'AG', 'SE', 'SA', 'S.A.', 'NV', 'N.V.', 'BV', 'B.V.', 'GmbH', 'KGaA', 'SpA', 'S.p.A.', 'AB', 'AB (publ)',
  'ASA', 'A/S', 'Oyj', 'Oy', 'PJSC', 'JSC',
  // Latin America
  'S.A.B. de C.V.', 'SAB de CV', 'S.A. de C.V.', 'Ltda', 'Ltda.',
];

// "Bank" also ends organisation names ("Bank of Japan", "World Bank", "European Central Bank"):
// organizations.ts is matched first and those spans win over the company-word rule.
export const COMPANY_WORDS: readonly string[] = [
  'Bank', 'Bancorp', 'Bancshares', 'Bankshares', 'Financial', 'Capital', 'Securities', 'Insurance', 'Investments',
  'Partners', 'Motors', 'Motor', 'Automotive', 'Electric', 'Electronics', 'Semiconductor', 'Semiconductors',
  'Instruments', 'Devices', 'Technologies', 'Systems', 'Software', 'Networks', 'Telecom', 'Telecommunications',
  'Communications', 'Entertainment', 'Industries', 'Pharmaceuticals', 'Pharmaceutical', 'Pharma', 'Therapeutics',
  'Biosciences', 'Energy', 'Petroleum', 'Power', 'Mining', 'Resources', 'Metals', 'Steel', 'Chemicals', 'Chemical',
  'Materials', 'Airlines', 'Airways', 'Aerospace', 'Lines', 'Shipping', 'Logistics', 'Foods', 'Brands',
  'Realty', 'Properties',
  // Fund managers, brokers and advisers, as analysts' employers are named in market copy.
  'Advisors', 'Advisers', 'Asset Management', 'Investment Management', 'Wealth Management', 'Fund Management',
  'Capital Management', 'Capital Markets', 'Research', 'Brokerage', 'Associates', 'Strategies', 'Investimentos',
  'Gestion', 'Holding', 'Asset Managers',
];
