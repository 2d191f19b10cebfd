/** Tells a question in another language from an English one, by its common short words. */

// Words common in German, French, Spanish, Portuguese, Italian and Dutch questions that an English question does not use.
const FOREIGN = new Set(
  (
    'der das und ist wie viel viele haben hat wir ihr letzten letzte monat monats kosten kostet kostete im für mit nicht was wer ' +
    'welche zeige zeig mir bitte ausgegeben anrufe jahr woche quartal diesen dieser ' +
    'le les des du et est combien avons nous dernier derniere dernière mois coût coûts cout pour avec qui quoi une mon cette montre moi ' +
    'semaine année annee appels dépensé depense ' +
    'el los las es cuánto cuanto cuánta hemos mes pasado costo costó para con quién qué muestra muéstrame gastado llamadas año semana ' +
    'quanto custou mês foi quanto costa scorso spese chiamate hoeveel kost vorige maand'
  ).split(' '),
);

// Words an English question uses that no question in the languages above does.
const ENGLISH = new Set(
  'the what how much did does we our last this month cost costs spend spent show me who for of in top calls year week quarter was is please'.split(' '),
);

/**
 * True when a question reads as another language: at least two of its words are common words of another
 * language and none is a common English word, or it has letters but none of the Latin alphabet.
 * @example isNotEnglish('Wie viel haben wir letzten Monat ausgegeben?') // true
 * @example isNotEnglish('How much did Nadia Müller spend last month?') // false
 */
export function isNotEnglish(text: string): boolean {
  if (/\p{L}/u.test(text) && !/\p{Script=Latin}/u.test(text)) return true;
  let foreign = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (ENGLISH.has(word)) return false;
    if (FOREIGN.has(word)) foreign += 1;
  }
  return foreign >= 2;
}
