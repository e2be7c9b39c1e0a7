import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganizationType } from '../../common/graphql/enums';

@ObjectType({ description: 'An agency: ministry, state committee or service, prosecution, NGO, …' })
export class Organization {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() nameAz!: string;
  @Field() nameEn!: string;
  @Field(() => String, { nullable: true }) nameRu!: string | null;
  @Field(() => String, { nullable: true }) acronym!: string | null;
  @Field(() => OrganizationType) type!: OrganizationType;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => Int) version!: number;
}
