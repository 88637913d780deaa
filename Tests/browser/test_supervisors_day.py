"""A supervisor's day in the web admin, in a real Chromium against a real server."""

import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as seen
from selenium.webdriver.support.ui import Select, WebDriverWait

SUPERVISOR = ("sam@example.com", "supervisor password 1")
LEADS = "Ref,Given,Family,Tel\nA1,Ana,Silva,4155550100\nA2,Bo,Chen,not a number\nA3,Cy,Diaz,+14155550111\n"


def wait(browser, condition, seconds=30):
    return WebDriverWait(browser.driver, seconds).until(condition)


def sign_in(browser, email, password):
    browser.open("/admin/lists")
    wait(browser, seen.presence_of_element_located((By.ID, "email")))
    browser.driver.find_element(By.ID, "email").send_keys(email)
    browser.driver.find_element(By.ID, "password").send_keys(password)
    browser.driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait(browser, seen.title_contains("Lists"))


def sign_out(browser):
    browser.driver.find_element(By.CSS_SELECTOR, ".sign-out button").click()
    wait(browser, seen.presence_of_element_located((By.ID, "email")))


def no_script_errors(browser):
    errors = browser.script_errors()
    assert errors == [], f"the page logged script errors: {errors}"


def test_the_administrator_makes_a_supervisor(browser, server):
    browser.open("/admin/sign-in")
    browser.snap("sign-in")
    browser.driver.find_element(By.ID, "email").send_keys(server.admin_email)
    browser.driver.find_element(By.ID, "password").send_keys("not the password")
    browser.driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    error = wait(browser, seen.presence_of_element_located((By.ID, "form-error")))
    assert "wrong" in error.text
    assert browser.driver.find_element(By.ID, "email").get_attribute("value") == server.admin_email
    browser.snap("sign-in-wrong-password")

    sign_in(browser, server.admin_email, server.admin_password)
    browser.open("/admin/users")
    browser.driver.find_element(By.ID, "user-name").send_keys("Sam")
    browser.driver.find_element(By.ID, "user-email").send_keys(SUPERVISOR[0])
    Select(browser.driver.find_element(By.ID, "user-role")).select_by_value("supervisor")
    browser.driver.find_element(By.ID, "user-password").send_keys("short")
    browser.driver.find_element(By.CSS_SELECTOR, "main form[action='/admin/users'] button").click()
    assert "at least 12 characters" in wait(browser, seen.presence_of_element_located((By.CSS_SELECTOR, ".field-error"))).text
    assert browser.driver.find_element(By.ID, "user-email").get_attribute("value") == SUPERVISOR[0], "what was typed is kept"
    browser.driver.find_element(By.ID, "user-password").send_keys(SUPERVISOR[1])
    browser.driver.find_element(By.CSS_SELECTOR, "main form[action='/admin/users'] button").click()
    wait(browser, seen.text_to_be_present_in_element((By.ID, "users"), SUPERVISOR[0]))
    browser.snap("users")
    no_script_errors(browser)
    sign_out(browser)


def test_a_supervisor_imports_a_file_and_follows_it(browser, server, tmp_path):
    sign_in(browser, *SUPERVISOR)
    assert "Users" not in browser.driver.find_element(By.CSS_SELECTOR, ".bar nav").text
    browser.snap("lists-empty")

    # A list, first with a region that does not exist: the error shows beside the field.
    browser.driver.find_element(By.LINK_TEXT, "New list").click()
    browser.driver.find_element(By.ID, "name").send_keys("Spring leads")
    browser.driver.find_element(By.ID, "timeZone").clear()
    browser.driver.find_element(By.ID, "timeZone").send_keys("America/New_York")
    browser.driver.find_element(By.ID, "defaultRegion").send_keys("XX")
    browser.driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    assert wait(browser, seen.presence_of_element_located((By.ID, "defaultRegion-error"))).is_displayed()
    assert browser.driver.find_element(By.ID, "name").get_attribute("value") == "Spring leads"
    browser.snap("new-list-error")
    region = browser.driver.find_element(By.ID, "defaultRegion")
    region.clear()
    region.send_keys("US")
    browser.driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    wait(browser, seen.title_contains("Spring leads"))
    browser.snap("list")

    # The wizard: upload, the columns fill nothing yet, map them, preview, start.
    browser.driver.find_element(By.LINK_TEXT, "Import a file").click()
    leads = tmp_path / "spring-leads.csv"
    leads.write_text(LEADS)
    browser.driver.find_element(By.ID, "file").send_keys(str(leads))
    browser.snap("import-upload")
    browser.driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    assert "fix the fields marked" in wait(browser, seen.presence_of_element_located((By.ID, "form-error"))).text
    assert "fill no part of a contact" in browser.driver.find_element(By.ID, "mapping-error").text, "said where the mapping is chosen"
    for column, target in (("Ref", "external_id"), ("Given", "first_name"), ("Family", "last_name"), ("Tel", "phone1")):
        Select(browser.driver.find_element(By.ID, f"target-{column}")).select_by_value(target)
    browser.driver.find_element(By.CSS_SELECTOR, "button[value=preview]").click()
    wait(browser, seen.text_to_be_present_in_element((By.ID, "mapping"), "+14155550100"))
    assert browser.driver.find_elements(By.CSS_SELECTOR, "#mapping td.cell-error"), "the bad number is marked on its cell"
    browser.snap("import-preview")
    browser.driver.find_element(By.ID, "start-import").click()

    # The process page follows the import to its end without a reload.
    wait(browser, seen.text_to_be_present_in_element((By.ID, "process-state"), "finished"), seconds=60)
    assert "inserted 2" in browser.driver.find_element(By.ID, "process-counts").text
    assert "rejected 1" in browser.driver.find_element(By.ID, "process-counts").text
    assert browser.driver.find_element(By.ID, "process-progress").get_attribute("value") == "100"
    browser.snap("process-finished")
    href = browser.driver.find_element(By.ID, "process-download").get_attribute("href")
    rejects = browser.driver.execute_async_script(
        "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);", href)
    assert "not a number" in rejects and "A2" in rejects

    browser.open("/admin/processes")
    assert "spring-leads.csv" in browser.driver.find_element(By.ID, "processes").text
    browser.snap("processes")
    browser.open("/admin/lists")
    assert "2" in browser.driver.find_element(By.ID, "lists").text
    browser.snap("lists")
    no_script_errors(browser)


def test_a_supervisor_cannot_reach_an_administrators_page(browser):
    sign_in(browser, *SUPERVISOR)
    browser.open("/admin/users")
    assert "may not manage users" in browser.driver.find_element(By.CSS_SELECTOR, "main").text
    browser.snap("forbidden")
    no_script_errors(browser)


def test_a_form_without_its_token_is_refused_and_keeps_what_was_typed(browser):
    sign_in(browser, *SUPERVISOR)
    browser.open("/admin/lists/new")
    browser.driver.find_element(By.ID, "name").send_keys("Forged list")
    browser.driver.execute_script("document.querySelector('main input[name=csrf]').remove()")
    browser.driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    assert "This form was not sent" in wait(browser, seen.presence_of_element_located((By.CSS_SELECTOR, ".error"))).text
    assert browser.driver.find_element(By.ID, "name").get_attribute("value") == "Forged list"
    browser.snap("csrf-refused")
    browser.open("/admin/lists")
    assert "Forged list" not in browser.driver.find_element(By.CSS_SELECTOR, "main").text


def test_a_list_is_deleted_after_its_confirmation(browser):
    sign_in(browser, *SUPERVISOR)
    browser.driver.find_element(By.LINK_TEXT, "New list").click()
    browser.driver.find_element(By.ID, "name").send_keys("Old leads")
    browser.driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    wait(browser, seen.title_contains("Old leads"))
    browser.driver.find_element(By.LINK_TEXT, "Delete").click()
    assert "Delete Old leads?" in browser.driver.find_element(By.TAG_NAME, "h1").text
    browser.snap("list-delete")
    browser.driver.find_element(By.CSS_SELECTOR, "main form button.danger").click()
    assert "was deleted" in wait(browser, seen.presence_of_element_located((By.CSS_SELECTOR, ".notice"))).text
    no_script_errors(browser)
