import type { Type } from '@nestjs/common';
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 200;

@InputType({ description: `Offset paging; limit defaults to 50 and is at most ${MAX_PAGE_SIZE}.` })
export class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset = 0;

  @Field(() => Int, { defaultValue: 50 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit = 50;
}

export function pageOf(page: PageInput | null | undefined): { offset: number; limit: number } {
  return { offset: page?.offset ?? 0, limit: page?.limit ?? 50 };
}

/** `{ items, total }` page type for a model. */
export function Paginated<T>(classRef: Type<T>, name: string) {
  @ObjectType(name)
  abstract class Page {
    @Field(() => [classRef]) items!: T[];
    @Field(() => Int) total!: number;
  }
  return Page;
}
