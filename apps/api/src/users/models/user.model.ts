import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../common/graphql/enums';
import { Organization } from '../../organizations/models/organization.model';

@ObjectType()
export class User {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() fullName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => ID, { nullable: true }) organizationId!: string | null;
  @Field(() => Organization, { nullable: true }) organization?: Organization | null;
  @Field() active!: boolean;
  @Field() preferredLanguage!: string;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`.' }) accessToken!: string;
  @Field() expiresAt!: Date;
  @Field({ description: 'Exchange for a new access token with refreshSession; single use (rotated).' }) refreshToken!: string;
  @Field() refreshExpiresAt!: Date;
  @Field(() => User) user!: User;
}
