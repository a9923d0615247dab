import { PollBatch } from './poll-batch.entity';
import { PollResultItem, PollResultUnit } from './poll-result.entity';
import { PollRule } from './poll-rule.entity';
import { PollToken } from './poll-token.entity';
import { PollVillage } from './poll-village.entity';

export const POLL_ENTITIES = [PollRule, PollVillage, PollBatch, PollToken, PollResultUnit, PollResultItem];
