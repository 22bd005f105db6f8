-- One database per service: no service reads another's tables.
create database identity;
create database org;
create database activity;
create database passport;
