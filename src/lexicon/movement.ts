// Words that say which way a market moved, that it set a record, or what a number next to an
// index means. Lower case. Verbs are listed in their base form and irregular past forms; the
// linker compares Porter stems, so "soared", "soaring" and "soars" all match "soar".

export const UP_WORDS: readonly string[] = [
  'rise', 'rose', 'risen', 'gain', 'climb', 'advance', 'jump', 'surge', 'soar', 'rally', 'rebound',
  'recover', 'add', 'firm', 'strengthen', 'outperform', 'spike', 'leap', 'leapt', 'up', 'higher',
  'positive', 'boost', 'lift', 'rocket', 'skyrocket', 'zoom', 'climb', 'perk', 'bounce',
  'ascend', 'buoy', 'increase', 'grew', 'grow', 'outpace',
];

export const DOWN_WORDS: readonly string[] = [
  'fall', 'fell', 'fallen', 'drop', 'decline', 'slip', 'slide', 'slid', 'tumble', 'plunge', 'sink', 'sank',
  'sunk', 'shed', 'lose', 'lost', 'loss', 'ease', 'retreat', 'dip', 'weaken', 'slump', 'crash', 'tank',
  'down', 'lower', 'negative', 'underperform', 'plummet', 'dive', 'dove', 'skid', 'sag', 'sell-off',
  'selloff', 'fell', 'decrease', 'stumble', 'wobble', 'falter', 'swoon', 'erode', 'sour', 'pull back',
];

export const FLAT_WORDS: readonly string[] = [
  'flat', 'unchanged', 'steady', 'stable', 'flatline', 'flatlined', 'little changed', 'barely changed',
  'barely moved', 'treaded water', 'trod water', 'sideways', 'range-bound', 'rangebound', 'mixed',
];

/**
 * Phrases whose direction is not the sum of their words: "pared losses" is still a fall,
 * "pared gains" still a rise, "erased losses" a rise. Checked before single words.
 */
export const DIRECTION_PHRASES: Readonly<Record<string, 'up' | 'down' | 'flat'>> = {
  'pared losses': 'down', 'pared its losses': 'down', 'pared early losses': 'down', 'trimmed losses': 'down',
  'pared gains': 'up', 'pared its gains': 'up', 'pared early gains': 'up', 'trimmed gains': 'up',
  'erased losses': 'up', 'erased its losses': 'up', 'recouped losses': 'up', 'erased gains': 'down',
  'gave up gains': 'down', 'gave back gains': 'down', 'wiped out gains': 'down', 'reversed gains': 'down',
  'reversed losses': 'up', 'in the red': 'down', 'in the green': 'up', 'in negative territory': 'down',
  'in positive territory': 'up', 'held steady': 'flat', 'remained steady': 'flat', 'little changed': 'flat',
  'broadly flat': 'flat', 'largely flat': 'flat', 'barely changed': 'flat', 'unchanged at': 'flat',
  'breaks below': 'down', 'broke below': 'down', 'fell below': 'down', 'slipped below': 'down', 'dropped below': 'down',
  'sank below': 'down', 'breaks above': 'up', 'broke above': 'up', 'rose above': 'up', 'climbed above': 'up',
};

/** Words before a number that say the index reached it: "rose 1.2% to 38,450", "closed at 6,120". */
export const LEVEL_CUES: readonly string[] = [
  'to', 'at', 'of', 'hit', 'hits', 'hitting', 'touched', 'touch', 'touches', 'touching', 'reached', 'reach',
  'reaches', 'reaching', 'was', 'is', 'stood', 'stands', 'settled', 'ended', 'closed', 'finished', 'opened',
  'traded', 'trading', 'sat', 'sits', 'hovered', 'hovering', 'near', 'around', 'last',
];

/** Words before a number that make it a threshold, a forecast or a past level, never the level reached. */
export const THRESHOLD_CUES: readonly string[] = [
  'toward', 'towards', 'above', 'below', 'past', 'beyond', 'over', 'under', 'through', 'topped', 'top',
  'tops', 'topping', 'crossed', 'cross', 'crosses', 'crossing', 'breached', 'breach', 'breaching', 'surpassed',
  'surpass', 'surpassing', 'broke', 'break', 'breaking', 'broken', 'from', 'target', 'targets', 'forecast',
  'forecasts', 'than', 'beneath', 'exceed', 'exceeded', 'exceeding', 'clear', 'cleared', 'reclaim',
  'reclaimed', 'regain', 'regained', 'retake', 'retook', 'since', 'between', 'within', 'psychological',
  'key', 'mark', 'barrier',
];

/** Words that put a level in the past ("Monday's record close of", "the previous close of"). */
export const PAST_MARKERS: readonly string[] = [
  "monday's", "tuesday's", "wednesday's", "thursday's", "friday's", "saturday's", "sunday's", "yesterday's",
  "last week's", "week's", "month's", "year's", 'previous', 'prior', 'earlier', 'former', 'old', 'last', 'preceding',
];

/** Modal and future words that turn a level cue into a forecast ("could reach 60,000"). */
export const FORECAST_WORDS: readonly string[] = [
  'could', 'may', 'might', 'will', 'would', 'should', 'expected', 'expect', 'expects', 'forecast', 'predict',
  'predicts', 'predicted', 'see', 'sees', 'seen', 'projected', 'aim', 'aims', 'goal', 'target', 'targets', 'push',
  'potential', 'possible', 'if', 'unless', 'needs', 'need', 'can', 'eye', 'eyes', 'eyeing',
];

/** Nouns that, right after a number, make it a threshold ("the 50,000 level", "58,000-point mark"). */
export const THRESHOLD_NOUNS: readonly string[] = [
  'level', 'levels', 'mark', 'barrier', 'threshold', 'line', 'milestone', 'handle', 'area', 'zone', 'region',
  'territory', 'resistance', 'support', 'target', 'ceiling', 'floor',
];

/** Words that may stand between a level cue and its number: "hit a record high of 6,120". */
export const LEVEL_FILLERS: readonly string[] = [
  'a', 'an', 'the', 'its', 'their', 'record', 'fresh', 'new', 'all-time', 'intraday', 'closing', 'lifetime',
  'high', 'highs', 'low', 'lows', 'peak', 'close', 'level', 'of', 'just', 'nearly', 'about', 'around', 'roughly',
  'approximately', 'almost', 'some', 'near', 'close to', 'session', 'best', 'provisional', 'final', 'historic',
  'time', 'ever', 'another', 'yet', 'to',
];

/** Words after "record" that make it something other than a high ("record low", "record volume"). */
export const NOT_RECORD_AFTER: readonly string[] = [
  'low', 'lows', 'volume', 'volumes', 'turnover', 'outflow', 'outflows', 'inflow', 'inflows', 'loss',
  'losses', 'drop', 'decline', 'fall', 'selling', 'profit', 'profits', 'earnings', 'revenue', 'sales', 'pace',
  'number', 'amount', 'demand', 'deficit', 'surplus', 'date',
];

/** Words near a percentage that make it a rate rather than a move. */
export const RATE_WORDS: readonly string[] = [
  'rate', 'rates', 'yield', 'yields', 'inflation', 'cpi', 'ppi', 'interest', 'coupon', 'gdp', 'growth',
  'unemployment', 'jobless', 'borrowing', 'deposit', 'lending', 'policy', 'benchmark rate', 'mortgage',
  'treasury', 'treasuries', 'bond', 'bonds', 'gilt', 'gilts', 'bund', 'bunds', 'jgb', 'jgbs', 'note', 'notes',
  'repo', 'libor', 'sofr', 'economy', 'expanded', 'contracted', 'annualised', 'annualized', 'year-on-year',
  'year-over-year', 'y/y', 'm/m', 'core', 'wage', 'wages', 'payrolls', 'pmi', 'lpr', 'coupons',
];

/** Periods that make a percentage something other than the session's move ("up 12% this year"). */
export const LONG_PERIOD_PHRASES: readonly string[] = [
  'this year', 'so far this year', 'year to date', 'year-to-date', 'ytd', 'since the start of the year',
  'since january', 'in 2024', 'in 2025', 'in 2026', 'last year', 'over the past year', 'over the year',
  'from its peak', 'from its record', 'from its high', 'from the peak', 'from a record', 'since its peak',
  'from a year earlier', 'from a year ago', 'year on year', 'year-on-year', 'over the past 12 months',
  'this month', 'this quarter', 'in the quarter', 'last month', 'so far in', 'since the election',
];

/** Words that, after an index name, make the mention a sub-index or sector gauge ("TOPIX banks index"). */
export const SECTOR_WORDS: readonly string[] = [
  'bank', 'banks', 'banking', 'tech', 'technology', 'energy', 'oil', 'property', 'properties', 'real estate',
  'financial', 'financials', 'utilities', 'utility', 'healthcare', 'health care', 'mining', 'miners', 'metals',
  'insurance', 'insurers', 'transport', 'transportation', 'semiconductor', 'chip', 'chipmakers', 'auto', 'autos',
  'automakers', 'consumer', 'industrials', 'industrial', 'materials', 'telecom', 'telecoms', 'retail',
  'retailers', 'reit', 'reits', 'small-cap', 'mid-cap', 'smallcap', 'midcap', 'pharma', 'pharmaceutical',
  'exporters', 'shipping', 'airlines', 'construction', 'media', 'defence', 'defense', 'gold', 'resources',
  'volatility', 'growth', 'value', 'dividend', 'equal-weight', 'equal-weighted', 'information technology',
  'communication services', 'consumer discretionary', 'consumer staples', 'basic materials', 'it',
];

/** Nouns that close a sub-index phrase ("banks index", "energy sector", "tech sub-index"). */
export const SUBINDEX_NOUNS: readonly string[] = ['index', 'indices', 'indexes', 'sub-index', 'subindex', 'sector', 'gauge', 'sub-sector', 'group', 'segment'];

/** Verbs that report a stock's move right after its name ("Rio Tinto fell 3.2%"), in the forms news uses. */
export const STOCK_MOVE_VERBS: readonly string[] = [
  'rose', 'rises', 'rising', 'fell', 'falls', 'falling', 'jumped', 'jumps', 'gained', 'gains', 'climbed', 'climbs',
  'added', 'adds', 'slid', 'slides', 'dropped', 'drops', 'lost', 'loses', 'slumped', 'slumps', 'tumbled', 'tumbles',
  'surged', 'surges', 'soared', 'soars', 'advanced', 'advances', 'declined', 'declines', 'rallied', 'rallies',
  'sank', 'sinks', 'shed', 'sheds', 'plunged', 'plunges', 'dipped', 'dips', 'eased', 'eases', 'slipped', 'slips',
  'rebounded', 'rebounds', 'retreated', 'retreats', 'skidded', 'sagged', 'spiked', 'leapt', 'leaped', 'firmed',
  'was up', 'was down', 'is up', 'is down', 'were up', 'were down', 'ended up', 'ended down', 'closed up',
  'closed down', 'up', 'down', 'edged up', 'edged down', 'edged higher', 'edged lower', 'traded up', 'traded down',
  'adding', 'gaining', 'jumping', 'climbing', 'surging', 'soaring', 'advancing', 'rallying', 'dropping', 'losing',
  'sliding', 'slipping', 'sinking', 'shedding', 'tumbling', 'plunging', 'dipping', 'easing', 'declining',
];

/** Capitalised words that begin a sentence about a move but name no company ("Exports rose 5%"). */
export const NOT_COMPANY_SUBJECTS: readonly string[] = [
  'exports', 'imports', 'sales', 'profit', 'profits', 'revenue', 'revenues', 'earnings', 'inflation', 'output',
  'production', 'prices', 'wages', 'spending', 'demand', 'orders', 'payrolls', 'gdp', 'cpi', 'volume', 'volumes',
  'turnover', 'margins', 'income', 'bookings', 'stocks', 'shares', 'equities', 'markets', 'bonds', 'yields', 'futures',
  'oil', 'crude', 'brent', 'gold', 'silver', 'copper', 'bitcoin', 'ether', 'the', 'it', 'they', 'he', 'she', 'this',
  'that', 'which', 'values', 'valuations', 'index', 'indices', 'benchmark', 'sentiment', 'confidence', 'trading',
  'activity', 'growth', 'unemployment', 'employment', 'jobs', 'retail', 'dividends', 'buybacks', 'costs', 'rents',
  'losses', 'gains', 'rates', 'treasuries', 'gilts', 'bunds', 'miners', 'banks', 'lenders', 'insurers', 'utilities',
  'chipmakers', 'automakers', 'exporters', 'tech', 'technology', 'energy', 'financials', 'defensives', 'cyclicals',
  'property', 'homebuilders', 'retailers', 'airlines', 'travel', 'healthcare', 'pharma', 'media', 'telecoms',
];

/** Nouns that start another subject in a sentence, so a number after them is not the index's. */
export const OTHER_SUBJECTS: readonly string[] = [
  'yield', 'yields', 'yen', 'dollar', 'euro', 'sterling', 'pound', 'yuan', 'renminbi', 'won', 'rupee', 'franc',
  'oil', 'crude', 'brent', 'wti', 'gold', 'silver', 'copper', 'bitcoin', 'ether', 'treasuries', 'treasury', 'bonds',
  'bond', 'gilts', 'bunds', 'jgbs', 'shares', 'stocks', 'stock', 'exporters', 'banks', 'lenders', 'miners',
  'chipmakers', 'automakers', 'carmakers', 'insurers', 'utilities', 'sector', 'sectors', 'volume', 'turnover',
  'inflation', 'rates', 'rate', 'economy', 'gdp', 'currency', 'futures', 'heavyweights', 'heavyweight',
  'constituents', 'components', 'companies', 'firms', 'names', 'peers', 'rival', 'rivals', 'unit', 'subsidiary',
];

/** Words that, between two index names, join them into one subject ("the Nikkei and the Topix both rose"). */
export const COORDINATORS: readonly string[] = [
  'and', '&', 'or', 'both', 'the', 'as', 'well', 'index', 'indices', 'indexes', 'benchmark', 'broader', 'wider',
  'main', 'blue-chip', 'all', 'along', 'with', 'together', 'plus',
];

/** Nouns that an "of" may follow when it introduces a level ("a record close of 53,549.16"). */
export const LEVEL_NOUNS_BEFORE_OF: readonly string[] = [
  'high', 'highs', 'close', 'closing', 'peak', 'level', 'record', 'low', 'finish', 'reading', 'value', 'print',
];

/** Cue words that make a level the session's close. */
export const CLOSING_WORDS: readonly string[] = ['closed', 'close', 'closing', 'ended', 'finished', 'settled', 'end', 'finish', 'shut'];

/** Words before a record phrase that deny it ("just shy of a record", "below its record high"). */
export const RECORD_NEGATORS: readonly string[] = [
  'shy', 'below', 'off', 'near', 'short', 'from', 'since', 'under', 'than', 'toward', 'towards', 'approaching',
  'approached', 'missed', 'not', 'no', 'nor', 'never', 'previous', 'prior', 'former', 'old', 'within', 'beneath',
];

/** Nouns for a move, after an adjectival percentage ("posted a 2% gain"). */
export const MOVE_NOUNS: readonly string[] = [
  'gain', 'gains', 'rise', 'jump', 'advance', 'increase', 'drop', 'fall', 'decline', 'loss', 'slide', 'slump',
  'rally', 'rebound', 'climb', 'surge', 'plunge', 'tumble', 'retreat', 'move', 'swing', 'dip', 'selloff',
  'sell-off', 'pullback', 'bounce', 'recovery', 'upswing', 'downswing', 'slip',
];
