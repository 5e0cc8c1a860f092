import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

type SMTPSettings = { host: string; port?: number; user?: string; pass?: string; from: string; fromName: string }

/**
 * Payload's email adapter over an SMTP server (nodemailer), as `@payloadcms/email-nodemailer`
 * does. Why not that package: its newest release (3.90.1) pins `payload` 3.90.1 exactly, and
 * Payload refuses to start with mismatched `@payloadcms/*` versions (we run 3.90.2). When a
 * matching release exists, `nodemailerAdapter({ defaultFromAddress, defaultFromName,
 * transportOptions })` replaces this file one for one.
 */
export const smtpEmailAdapter =
  ({ host, port = 587, user, pass, from, fromName }: SMTPSettings): EmailAdapter =>
  () => {
    const transport = nodemailer.createTransport({ host, port, secure: port === 465, auth: user ? { user, pass } : undefined })
    return {
      name: 'smtp',
      defaultFromAddress: from,
      defaultFromName: fromName,
      sendEmail: (message) => transport.sendMail({ from: { name: fromName, address: from }, ...message }),
    }
  }

/** SMTP from the environment (SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_FROM), or none: Payload then logs emails to the console. */
export const smtpEmailFromEnv = (env: NodeJS.ProcessEnv): EmailAdapter | undefined =>
  env.SMTP_HOST
    ? smtpEmailAdapter({
        host: env.SMTP_HOST,
        port: env.SMTP_PORT ? Number(env.SMTP_PORT) : undefined,
        user: env.SMTP_USER,
        pass: env.SMTP_PASS,
        from: env.SMTP_FROM ?? 'newsroom@localhost',
        fromName: '新闻编辑部',
      })
    : undefined
