import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, Length } from 'class-validator';

@ArgsType()
export class LoginArgs {
  @Field() @IsString() @Length(3, 254) email!: string;
  @Field() @IsString() @Length(1, 256) password!: string;
}

@ArgsType()
export class RefreshArgs {
  @Field() @IsString() @Length(20, 200) refreshToken!: string;
}

@ArgsType()
export class LogoutArgs {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(20, 200) refreshToken?: string;
}
