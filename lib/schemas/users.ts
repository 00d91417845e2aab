// People: studio roles, disabling, invitations.
import { z } from "zod";
import { STUDIO_ROLES } from "@/lib/domain/roles";

const id = z.string().trim().min(1, "Missing id.").max(64);
export const studioRoleSchema = z.enum(STUDIO_ROLES, { error: "The role must be Admin or Member." });

export const setUserRoleSchema = z.object({ userId: id, role: studioRoleSchema });
export const userIdSchema = z.object({ userId: id });

const newPassword = z.string().min(10, "Choose a password of at least 10 characters.").max(1024, "The password is too long.");
export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, "Enter your current password.").max(1024), newPassword, confirm: z.string() })
  .refine((v) => v.newPassword === v.confirm, { message: "The two new passwords do not match.", path: ["confirm"] });
export const setUserPasswordSchema = z.object({ userId: id, password: newPassword, mustChange: z.boolean().default(true) });
export const setUserDisabledSchema = z.object({ userId: id, disabled: z.boolean() });

export const createInviteSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(320)
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.string().email("The e-mail address is not valid.").optional()),
  role: studioRoleSchema.default("MEMBER"),
  teamId: id,
  expiresInDays: z.coerce.number().int().min(1, "An invite lasts at least 1 day.").max(30, "An invite lasts at most 30 days.").default(7),
});
export type CreateInviteInput = z.input<typeof createInviteSchema>;

export const inviteIdSchema = z.object({ inviteId: id });

export const acceptInviteSchema = z
  .object({
    token: z.string().trim().min(20, "This invite link is not valid.").max(200, "This invite link is not valid."),
    name: z.string().trim().min(1, "Tell us your name.").max(80, "The name must be at most 80 characters."),
    email: z.string().trim().toLowerCase().max(320).optional(),
    password: z.string().min(10, "Choose a password of at least 10 characters.").max(1024, "The password is too long."),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { message: "The two passwords do not match.", path: ["confirm"] });
export type AcceptInviteInput = z.input<typeof acceptInviteSchema>;
