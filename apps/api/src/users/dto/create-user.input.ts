import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Role } from '../../common/graphql/enums';

@InputType()
export class CreateUserInput {
  @Field() @IsEmail({}, { message: 'email must be a valid e-mail address' }) @MaxLength(254) email!: string;
  @Field() @IsString() @Length(1, 200) fullName!: string;
  @Field(() => Role) @IsEnum(Role) role!: Role;
  @Field(() => ID, { nullable: true, description: 'Required for FOCAL_POINT: the one organisation they report for.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
  @Field({ description: 'At least 12 characters, not a common password.' })
  @IsString()
  @Length(12, 256, { message: 'password must be 12 to 256 characters long' })
  password!: string;
}
