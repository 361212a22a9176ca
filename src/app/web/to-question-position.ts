import type { TQuestionPosition } from '../../contract/api-schemas.js';
import type { TInterviewProgress } from '../interview/interview-progress.js';

/** The part of an interview's progress the candidate sees with a question. */
export function toQuestionPosition(progress: TInterviewProgress): TQuestionPosition {
  return {
    questionNumber: progress.questionNumber,
    questionCount: progress.questionCount,
    followUpNumber: progress.followUpNumber ?? null,
    isClosing: progress.isClosing,
  };
}
