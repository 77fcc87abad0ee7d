import { CalloutBlock } from './Callout/config'
import { ExerciseBlock } from './Exercise/config'
import { ExerciseProgramBlock } from './ExerciseProgram/config'
import { ExpertQuoteBlock } from './ExpertQuote/config'

/** The blocks an editor can place in an article body. */
export const articleBodyBlocks = [ExerciseBlock, ExerciseProgramBlock, CalloutBlock, ExpertQuoteBlock]
