import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { FormsModule } from '../forms/forms.module';
import { ResponsesModule } from '../responses/responses.module';
import { UnitsModule } from '../units/units.module';
import { POLL_ENTITIES } from './entities/poll-entities';
import { PaperFormsService } from './paper-forms.service';
import { PollAccess } from './poll-access.service';
import { PollAnswers } from './poll-answers';
import { PollBatchesService } from './poll-batches.service';
import { PollCollectionController } from './poll-collection.controller';
import { PollReportService } from './poll-report.service';
import { PollResultsService } from './poll-results.service';
import { PollRulesService } from './poll-rules.service';
import { PollTokensService } from './poll-tokens.service';
import { PollsController } from './polls.controller';
import { PollsService } from './polls.service';
import { PublicPollController } from './public-poll.controller';
import { PublicPollService } from './public-poll.service';
import { PublicPollThrottle } from './public-poll-throttle';

@Module({
  imports: [TypeOrmModule.forFeature(POLL_ENTITIES), CampaignsModule, FormsModule, UnitsModule, ResponsesModule],
  controllers: [PollsController, PollCollectionController, PublicPollController],
  providers: [
    PollAccess,
    PollAnswers,
    PollRulesService,
    PollsService,
    PollBatchesService,
    PaperFormsService,
    PollTokensService,
    PublicPollService,
    { provide: PublicPollThrottle, useFactory: () => new PublicPollThrottle() },
    PollResultsService,
    PollReportService,
  ],
})
export class PollsModule {}
