# email and http.client import (email._policybase reads __doc__ of every class attribute,
# so plain values need a __doc__); build and print an email message; http status codes.
from email.message import EmailMessage
import email.utils, http.client, urllib.parse
msg = EmailMessage()
msg["From"] = "a@example.com"
msg["To"] = "b@example.com"
msg["Subject"] = "Hello"
msg.set_content("Body line\n")
print(msg.as_string())
print(email.utils.parseaddr("Bob <bob@example.com>"))
print(http.client.responses[404], http.client.OK, urllib.parse.urlsplit("http://h:8/p?q=1"))
