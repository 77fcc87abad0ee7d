import type { Article, CalloutBlock, ExerciseBlock, ExerciseProgramBlock, ExpertQuoteBlock } from '@/payload-types'

export type BodyBlock = ExerciseBlock | ExerciseProgramBlock | CalloutBlock | ExpertQuoteBlock

function isBodyBlock(value: unknown): value is BodyBlock {
  return typeof value === 'object' && value !== null && 'blockType' in value
}

/** The blocks of an article body, in order. */
export function blocksOf(body: Article['body']): BodyBlock[] {
  return body.root.children.flatMap((node) => (node.type === 'block' && isBodyBlock(node.fields) ? [node.fields] : []))
}
