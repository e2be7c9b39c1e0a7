import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';

@ArgsType()
export class LoginArgs {
  @Field() @IsString() @Length(3, 254) email!: string;
  @Field() @IsString() @Length(1, 256) password!: string;
}
