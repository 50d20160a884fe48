import { expect, type Page, test } from "@playwright/test";

import { demo, expectAccessible, loginAs, logout, unique } from "./fixtures";

/** The bell's accessible name carries the unread count: "Notifications, 2 non lues". */
async function unreadCount(page: Page): Promise<number> {
  const label = (await page.getByTestId("notification-bell").getAttribute("aria-label")) ?? "";
  const match = /(\d+) non lue/.exec(label);
  return match ? Number(match[1]) : 0;
}

test("a task assigned by the admin reaches the rep's bell and centre, and is marked read there", async ({ page }) => {
  test.setTimeout(90_000); // three sign-ins on a 2-core machine
  const task = `Relancer la DRH ${unique()}`;
  await loginAs(page, "repBanque");
  const before = await unreadCount(page);
  await page.goto("/cases");
  await page.getByRole("link", { name: "Copilot dans les agences" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Copilot dans les agences" })).toBeVisible();
  const caseUrl = page.url();
  await logout(page);

  await loginAs(page, "admin");
  await page.goto(caseUrl);
  await page.getByText("Ajouter une tâche", { exact: true }).click();
  await page.getByLabel(/^Tâche/).fill(task);
  await page.getByLabel(/^Attribuée à/).selectOption({ label: demo("repBanque").name });
  await page.getByRole("button", { name: "Ajouter la tâche" }).click();
  await expect(page.getByText(task).first()).toBeVisible();
  await logout(page);

  await loginAs(page, "repBanque");
  expect(await unreadCount(page)).toBe(before + 1);
  // "What needs me today" comes first on the home page.
  await expect(page.getByTestId("today").getByRole("link", { name: new RegExp(`^${before + 1} notifications? non lues?$`) })).toBeVisible();
  await page.getByTestId("notification-bell").click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const item = page.getByTestId("notification-list").getByRole("listitem").filter({ hasText: task });
  await expect(item.getByRole("link", { name: `Tâche qui vous est confiée : « ${task} » — « Copilot dans les agences »` })).toBeVisible();
  await expectAccessible(page);
  await item.getByRole("button", { name: "Marquer comme lue" }).click();
  await expect(item.getByRole("button", { name: "Marquer comme lue" })).toHaveCount(0);
  expect(await unreadCount(page)).toBe(before);
  await item.getByRole("link").click();
  await expect(page).toHaveURL(caseUrl);
});

test("each user chooses per event how to be notified; report events cannot be e-mailed at once", async ({ page }) => {
  await loginAs(page, "repAssurance");
  await page.goto("/account/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "Mes notifications" })).toBeVisible();
  const reports = page.getByRole("group", { name: "Nouveau signalement d'un adhérent chez mes employeurs" });
  await expect(reports.getByLabel("Par e-mail, aussitôt")).toHaveCount(0);
  const tasks = page.getByRole("group", { name: "Tâche qui m'est confiée" });
  await expect(tasks.getByLabel("Par e-mail, aussitôt")).toBeChecked();
  await tasks.getByLabel("Dans le résumé quotidien par e-mail").check();
  await reports.getByLabel("Jamais").check();
  await page.getByRole("button", { name: "Enregistrer mes choix" }).click();
  await expect(page.getByText("Vos choix sont enregistrés.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("group", { name: "Tâche qui m'est confiée" }).getByLabel("Dans le résumé quotidien par e-mail")).toBeChecked();
  await expect(page.getByRole("group", { name: "Nouveau signalement d'un adhérent chez mes employeurs" }).getByLabel("Jamais")).toBeChecked();
  await expectAccessible(page);
});

test("the jobs page is the admins': queues and their schedules; a rep gets 404", async ({ page }) => {
  await loginAs(page, "repBanque");
  expect((await page.goto("/admin/jobs"))?.status()).toBe(404);
  await logout(page);

  await loginAs(page, "admin");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Tâches de fond" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Tâches de fond" })).toBeVisible();
  const queues = page.getByTestId("job-queues");
  for (const [name, cron] of [
    ["compliance-refresh", "10 0 * * *"],
    ["deadline-reminders", "0 7 * * *"],
    ["email-send", "* * * * *"],
  ] as const) {
    await expect(queues.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) })).toContainText(cron);
  }
  await expectAccessible(page);
});

test("a rep re-dates and reassigns an open task; the task-due reminder is a choice of its own, by e-mail by default", async ({ page }) => {
  const task = `Demander la notice ${unique()}`;
  await loginAs(page, "repBanque");
  await page.goto("/cases");
  await page.getByRole("link", { name: "Copilot dans les agences" }).click();
  await page.getByText("Ajouter une tâche", { exact: true }).click();
  await page.getByLabel(/^Tâche/).fill(task);
  await page.locator("#task-dueOn").fill("2030-03-15");
  await page.getByRole("button", { name: "Ajouter la tâche" }).click();
  // The open tasks' list (the case's history also names the task).
  const item = page.getByRole("region", { name: /^À faire/ }).getByRole("listitem").filter({ hasText: task });
  await expect(item).toContainText("Échéance : 15 mars 2030");
  await expect(item).toContainText("Non attribuée");

  await item.getByText("Modifier l'échéance ou la personne").click();
  await item.getByLabel("Échéance").fill("2030-04-02");
  await item.getByLabel("Attribuée à").selectOption({ label: demo("repBanque").name });
  await item.getByRole("button", { name: "Enregistrer" }).click();
  await expect(item.getByText("Tâche modifiée.")).toBeVisible();
  await expect(item).toContainText("Échéance : 2 avril 2030");
  await expect(item).toContainText(`Pour ${demo("repBanque").name}`);
  await expectAccessible(page);

  await page.goto("/account/notifications");
  const due = page.getByRole("group", { name: /^Tâche à faire demain ou aujourd'hui, ou en retard/ });
  await expect(due.getByLabel("Par e-mail, aussitôt")).toBeChecked();
});
