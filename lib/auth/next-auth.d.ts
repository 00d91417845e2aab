import "next-auth";
import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: string;
    sv?: number;
  }
}

declare module "next-auth" {
  interface Session {
    uid?: string;
    sv?: number;
  }
}
