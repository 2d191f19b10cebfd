/** Words a question may hold that ask for nothing beyond the cost of a period: they are read and set aside. */

const NOISE = new Set(
  (
    // Question words, pronouns, articles, prepositions and joining words.
    'what whats how much many did does do done we our us i me my you your the a an of for in on at to by from during with and or ' +
    'is was were are be been being it its that this these those there here so far up any some have has had who whom whose which ' +
    'when where why all everyone everybody anyone anybody each every total totals overall just only also now than then as about ' +
    'between over across within per vs versus against ' +
    // Asking.
    'show give tell get got see view list display find pull bring let lets made make can could would will may might should must want need ' +
    'like know check look please pls thanks thank hi hello hey help ok okay dear bot insights ' +
    // The report's own words.
    'cost costs costed costing spend spent spending spends spender spenders charge charges charged bill billed billing money ' +
    'usage used use dial-out dialout dial-outs dial out calls call called calling audio conferencing conference pstn teams microsoft ' +
    'report reports amount amounts expense expenses expenditure pay paid price priced people person users user employees staff ' +
    'colleagues everyone whole tenant organization organisation company org top most biggest largest highest heaviest ' +
    'period time range data numbers figures breakdown summary results ranked ranking rank sorted ' +
    // The subscription commands are whole messages ("subscribe"); a question that mentions them is still a question.
    'subscribe subscribed subscription'
  ).split(' '),
);

/**
 * True for a word that asks for nothing the cost question does not already ask.
 * @example isNoise('Spend') // true
 */
export function isNoise(word: string): boolean {
  return NOISE.has(word.toLowerCase());
}
