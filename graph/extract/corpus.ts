import type { EntityType } from "../schema.ts";
import { conceptKey, singularWord, slug } from "./canonical.ts";
import { knownNameType, standaloneType } from "./classify.ts";
import type { CorpusEntity, CorpusExtraction, Mention, PaperEntity, PaperExtraction } from "./index.ts";

/**
 * Corpus-level canonicalisation, linear in the number of mentions. Papers that write only
 * "LLMs" meet the papers that define "Large Language Models (LLMs)": an acronym stands for the
 * long form most papers defining it gave it, so one ambiguous paper cannot merge two concepts.
 */

const TYPE_ORDER: readonly EntityType[] = ["model", "method", "technique", "task", "dataset", "metric", "hardware"];

/** "LLMs", "KV", "C-IP", "RetNet": a short form a long name may be defined with. */
function isAcronymForm(form: string): boolean {
  return form.length <= 12 && !/\s/.test(form) && /(?:\p{Lu}.*){2}/u.test(form);
}

/**
 * Another name for the concept, not a mention of it: a spelling ("LLMs", "large language
 * model"), an acronym ("LLM", "KV"), or an acronym with the label's head ("KV cache" for
 * "Key-Value cache"). "inference latency", "GPU hours" and "popular LLMs" are mentions: a
 * paper's forms keep them (they match its text), the entity's aliases do not.
 */
function isOtherName(form: string, label: string, labelKey: string): boolean {
  return conceptKey(form) === labelKey || isAcronymForm(form) || isAcronymWithHead(form, label);
}

/** "KV cache" for "Key-Value cache": the acronym, then the long form's own head. */
function isAcronymWithHead(form: string, label: string): boolean {
  const words = form.trim().split(/\s+/);
  const head = words[words.length - 1]!;
  return words.length === 2 && isAcronymForm(words[0]!) && singularWord(label.toLowerCase()).endsWith(` ${singularWord(head.toLowerCase())}`);
}

function increment<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** The most frequent key; ties go to the smallest so the answer does not depend on input order. */
function argmax(counts: Map<string, number>): string {
  let best: string | undefined;
  for (const [key, n] of counts) {
    const bestCount = best === undefined ? -1 : counts.get(best)!;
    if (n > bestCount || (n === bestCount && key < best!)) best = key;
  }
  return best!;
}

interface Concept {
  names: Map<string, number>;
  longNames: Map<string, number>;
  types: Map<string, number>;
  forms: Set<string>;
}

/** Papers that must use a phrase before it counts as a concept on that evidence alone. */
const RECURRING_PAPERS = 2;

/**
 * Each paper's mentions, with the tentative phrases (used once, nowhere established) that
 * recur across papers of this corpus: a phrase several abstracts use is a concept of the field.
 */
function withRecurring(perPaper: readonly PaperExtraction[]): Mention[][] {
  const papersUsing = new Map<string, number>();
  for (const paper of perPaper) {
    const keys = new Set([...paper.mentions, ...paper.tentative].map((m) => conceptKey(m.name)));
    for (const key of keys) increment(papersUsing, key);
  }
  return perPaper.map((paper) => [...paper.mentions, ...paper.tentative.filter((m) => papersUsing.get(conceptKey(m.name))! >= RECURRING_PAPERS)]);
}

export function resolveCorpus(extractions: PaperExtraction[]): CorpusExtraction {
  // Each mention's key, computed once: the passes below would otherwise look it up millions of times.
  const perPaper = withRecurring(extractions).map((mentions) => mentions.map((m) => ({ m, nameKey: conceptKey(m.name), key: "" })));
  const expansions = new Map<string, Map<string, number>>();
  const lexiconTypeOf = new Map<string, EntityType | undefined>();
  for (const paper of perPaper) {
    for (const { m, nameKey } of paper) {
      for (const form of m.forms) {
        if (!isAcronymForm(form) && !isAcronymWithHead(form, m.name)) continue;
        const formKey = conceptKey(form);
        if (formKey === nameKey) continue;
        let counts = expansions.get(formKey);
        if (!counts) expansions.set(formKey, (counts = new Map()));
        increment(counts, nameKey);
        if (!lexiconTypeOf.has(nameKey)) lexiconTypeOf.set(nameKey, standaloneType(m.name));
      }
    }
  }
  const expansionOf = new Map<string, string>();
  for (const [formKey, counts] of expansions) expansionOf.set(formKey, argmax(counts));

  const conceptKeyOf = (m: Mention, nameKey: string) => {
    const expansion = expansionOf.get(nameKey);
    if (expansion === undefined) return nameKey;
    // Two senses the lexicon knows apart stay apart: "FPS" alone is frames per second, though
    // point-cloud papers define it as farthest point sampling.
    const ownSense = standaloneType(m.name);
    const expandedSense = lexiconTypeOf.get(expansion);
    return ownSense !== undefined && expandedSense !== undefined && ownSense !== expandedSense ? nameKey : expansion;
  };

  const concepts = new Map<string, Concept>();
  for (const paper of perPaper) {
    for (const keyed of paper) {
      const { m, nameKey } = keyed;
      const key = (keyed.key = conceptKeyOf(m, nameKey));
      let concept = concepts.get(key);
      if (!concept) concepts.set(key, (concept = { names: new Map(), longNames: new Map(), types: new Map(), forms: new Set() }));
      increment(concept.names, m.name);
      if (nameKey === key) increment(concept.longNames, m.name);
      increment(concept.types, m.type);
      concept.forms.add(m.name);
      for (const form of m.forms) concept.forms.add(form);
    }
  }

  const entityKeyOf = new Map<string, string>();
  const entities = new Map<string, CorpusEntity>();
  for (const [key, concept] of concepts) {
    const label = argmax(concept.longNames.size > 0 ? concept.longNames : concept.names);
    const typeCounts = new Map([...concept.types].sort(([a], [b]) => TYPE_ORDER.indexOf(a as EntityType) - TYPE_ORDER.indexOf(b as EntityType)));
    let type = [...typeCounts.keys()][0]! as EntityType;
    for (const [t, n] of typeCounts) if (n > typeCounts.get(type)!) type = t as EntityType;
    // Papers that write only "mAP" outvote the few that define "mean average precision (mAP)", but
    // the lexicon knows what the long form is: a bare acronym's type is mostly a guess from its shape.
    // Unless the acronym is a name the field knows ("LoRA", a method), whose own papers' votes stand.
    const shortNames = [...concept.names.keys()].filter((name) => !concept.longNames.has(name));
    if (concept.longNames.size > 0 && shortNames.length > 0 && !shortNames.some((name) => knownNameType(name) !== undefined)) type = standaloneType(label) ?? type;
    const entityKey = "e:" + slug(label);
    entityKeyOf.set(key, entityKey);
    const existing = entities.get(entityKey);
    const labelKey = conceptKey(label);
    const aliases = new Set([...concept.forms, ...(existing?.aliases ?? [])].filter((form) => isOtherName(form, label, labelKey)));
    aliases.delete(label);
    entities.set(entityKey, { key: entityKey, label: existing?.label ?? label, type: existing?.type ?? type, aliases: [...aliases].sort() });
  }

  const papers = perPaper.map((paper) => {
    const byKey = new Map<string, PaperEntity>();
    for (const { m, key: concept } of paper) {
      const key = entityKeyOf.get(concept)!;
      const seen = byKey.get(key);
      if (seen) {
        seen.forms = [...new Set([...seen.forms, m.name, ...m.forms])].filter((f) => f !== seen.name);
        seen.count += m.count;
        seen.inTitle ||= m.inTitle;
      } else {
        byKey.set(key, { key, name: m.name, forms: [...m.forms], count: m.count, inTitle: m.inTitle });
      }
    }
    return [...byKey.values()];
  });

  return { entities: [...entities.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)), papers };
}
