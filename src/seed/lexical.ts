import { randomBytes } from 'node:crypto'

import type { Article, Exercise, Person } from '@/payload-types'
import type { BodyNode, Dosage, ProgramEntry } from './data/types'

type RichText = Article['body']
type LexicalNode = RichText['root']['children'][number]

/** The ids the body's blocks point at, by seed key. */
export interface BodyReferences {
  exercises: Map<string, Exercise['id']>
  people: Map<string, Person['id']>
}

/** Lexical blocks and array rows carry an id of their own, in ObjectID form. */
const newId = (): string => randomBytes(12).toString('hex')

const element = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }

const text = (value: string): LexicalNode => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

function lookUp<T>(map: Map<string, T>, key: string, what: string): T {
  const id = map.get(key)
  if (id === undefined) throw new Error(`The seed article names ${what} "${key}", which the seed does not have.`)
  return id
}

const block = (fields: Record<string, unknown>): LexicalNode => ({
  type: 'block',
  format: '',
  version: 2,
  fields: { id: newId(), blockName: '', ...fields },
})

const dosage = (value: Dosage | undefined) => ({ ...value })

function programEntry(entry: ProgramEntry, refs: BodyReferences) {
  return {
    id: newId(),
    exercise: lookUp(refs.exercises, entry.exercise, 'the exercise'),
    dosage: dosage(entry.dosage),
    note: entry.note,
  }
}

function toNode(node: BodyNode, refs: BodyReferences): LexicalNode {
  switch (node.type) {
    case 'heading':
      return { ...element, type: 'heading', tag: `h${node.level}`, children: [text(node.text)] }
    case 'paragraph':
      return { ...element, type: 'paragraph', textFormat: 0, textStyle: '', children: [text(node.text)] }
    case 'list':
      return {
        ...element,
        type: 'list',
        listType: node.ordered ? 'number' : 'bullet',
        tag: node.ordered ? 'ol' : 'ul',
        start: 1,
        children: node.items.map((item, index) => ({
          ...element,
          type: 'listitem',
          value: index + 1,
          children: [text(item)],
        })),
      }
    case 'exercise':
      return block({
        blockType: 'exercise',
        exercise: lookUp(refs.exercises, node.exercise, 'the exercise'),
        dosage: dosage(node.dosage),
        note: node.note,
      })
    case 'exerciseProgram':
      return block({
        blockType: 'exerciseProgram',
        title: node.title,
        intro: node.intro,
        phases: node.phases.map((phase) => ({
          id: newId(),
          name: phase.name,
          weeks: phase.weeks,
          frequencyPerWeek: phase.frequencyPerWeek,
          exercises: phase.exercises.map((entry) => programEntry(entry, refs)),
        })),
      })
    case 'callout':
      return block({ blockType: 'callout', tone: node.tone, title: node.title, text: node.text })
    case 'expertQuote':
      return block({
        blockType: 'expertQuote',
        quote: node.quote,
        person: lookUp(refs.people, node.person, 'the person'),
      })
  }
}

/** The seed's simple body nodes as the Lexical document the editor and the site read. */
export function toRichText(nodes: BodyNode[], refs: BodyReferences): RichText {
  return {
    root: { ...element, type: 'root', children: nodes.map((node) => toNode(node, refs)) },
  }
}
