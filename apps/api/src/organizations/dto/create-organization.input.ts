import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { OrganizationType } from '../../common/graphql/enums';

@InputType()
export class CreateOrganizationInput {
  @Field()
  @IsString()
  @Length(1, 32)
  @Matches(/^[A-Z0-9][A-Z0-9-]*$/, { message: 'code must be upper-case letters, digits and dashes (e.g. MIA-CTHB)' })
  code!: string;

  @Field() @IsString() @Length(1, 300) nameAz!: string;
  @Field() @IsString() @Length(1, 300) nameEn!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 300) nameRu?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 32) acronym?: string;
  @Field(() => OrganizationType) @IsEnum(OrganizationType) type!: OrganizationType;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() parentId?: string;
}
