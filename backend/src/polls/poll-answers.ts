import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { PublishedDefinitions } from '../forms/published-definitions';
import { AnswerValidator } from '../responses/validation/answer-validator';

/** Poll answers are checked like any response: against the version they are filled on, as complete. */
@Injectable()
export class PollAnswers {
  constructor(
    private readonly definitions: PublishedDefinitions,
    private readonly validator: AnswerValidator,
  ) {}

  async check(formVersionId: string, answers: Record<string, unknown>): Promise<void> {
    const problems = this.validator.problems(formVersionId, await this.definitions.get(formVersionId), answers, true);
    if (problems.length) throw new DomainError('VALIDATION_FAILED', 'Phiếu có câu trả lời không hợp lệ.', problems);
  }
}
