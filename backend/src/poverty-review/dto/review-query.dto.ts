import { ApiProperty } from '@nestjs/swagger';
import { POSTED_LISTS, type PostedList, type PostedListQuery, RECOGNITION_LISTS, type RecognitionList, type RecognitionListQuery } from '@ntm/shared';
import { IsIn } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page-query.dto';

export class PostedListQueryDto extends PageQueryDto implements PostedListQuery {
  @ApiProperty({ enum: POSTED_LISTS })
  @IsIn(POSTED_LISTS)
  list: PostedList;
}

export class RecognitionListQueryDto extends PageQueryDto implements RecognitionListQuery {
  @ApiProperty({ enum: RECOGNITION_LISTS })
  @IsIn(RECOGNITION_LISTS)
  list: RecognitionList;
}
