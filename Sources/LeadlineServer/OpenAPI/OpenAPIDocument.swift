/// The OpenAPI 3.1 document of the API, served at `/openapi.json`.
///
/// Kept as text in the binary so a deployed server needs no resource files; the test suite
/// validates it and checks that every route it names is served.
enum OpenAPIDocument {
    static let json = #"""
{
 "openapi": "3.1.0",
 "info": {
  "title": "Leadline API",
  "version": "1.0.0",
  "description": "Contact lists and outbound campaigns. Every /api/v1 call needs 'Authorization: Bearer TOKEN'. Errors are RFC 9457 problem documents.",
  "license": {
   "name": "Apache-2.0",
   "identifier": "Apache-2.0"
  }
 },
 "servers": [
  {
   "url": "http://127.0.0.1:8080"
  }
 ],
 "security": [
  {
   "bearer": []
  }
 ],
 "tags": [
  {
   "name": "operations"
  },
  {
   "name": "tenants"
  },
  {
   "name": "tokens"
  },
  {
   "name": "fields"
  },
  {
   "name": "lists"
  },
  {
   "name": "contacts"
  },
  {
   "name": "filters"
  },
  {
   "name": "blacklist"
  },
  {
   "name": "campaigns"
  },
  {
   "name": "dispatch"
  },
  {
   "name": "callbacks",
   "description": "seed 003's callback manager"
  },
  {
   "name": "messaging",
   "description": "SMS and email gateways, and what they report back"
  }
 ],
 "paths": {
  "/healthz": {
   "get": {
    "summary": "Database reachability",
    "tags": [
     "operations"
    ],
    "operationId": "health",
    "responses": {
     "200": {
      "description": "healthy",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Health"
        }
       }
      }
     },
     "503": {
      "description": "the database does not answer",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Health"
        }
       }
      }
     }
    },
    "security": []
   }
  },
  "/metrics": {
   "get": {
    "summary": "Prometheus metrics",
    "tags": [
     "operations"
    ],
    "operationId": "metrics",
    "responses": {
     "200": {
      "description": "metrics in the Prometheus text format",
      "content": {
       "text/plain": {
        "schema": {
         "type": "string"
        }
       }
      }
     }
    },
    "security": []
   }
  },
  "/openapi.json": {
   "get": {
    "summary": "This document",
    "tags": [
     "operations"
    ],
    "operationId": "openapi",
    "responses": {
     "200": {
      "description": "the OpenAPI document",
      "content": {
       "application/json": {
        "schema": {
         "type": "object"
        }
       }
      }
     }
    },
    "security": []
   }
  },
  "/api/v1/tenants": {
   "get": {
    "summary": "List tenants (system administrators)",
    "tags": [
     "tenants"
    ],
    "operationId": "listTenants",
    "responses": {
     "200": {
      "description": "all tenants",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/Tenant"
           }
          }
         }
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     }
    }
   },
   "post": {
    "summary": "Create a tenant (system administrators)",
    "tags": [
     "tenants"
    ],
    "operationId": "createTenant",
    "responses": {
     "201": {
      "description": "created",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Tenant"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     },
     "413": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/TenantInput"
       }
      }
     }
    }
   }
  },
  "/api/v1/tenants/{id}": {
   "get": {
    "summary": "Read a tenant",
    "tags": [
     "tenants"
    ],
    "operationId": "getTenant",
    "responses": {
     "200": {
      "description": "the tenant",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Tenant"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the tenant's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   },
   "patch": {
    "summary": "Rename a tenant or set its default region",
    "tags": [
     "tenants"
    ],
    "operationId": "updateTenant",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/TenantChange"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "the tenant",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Tenant"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the tenant's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   }
  },
  "/api/v1/tokens": {
   "get": {
    "summary": "List tokens of the caller's tenant (admins)",
    "tags": [
     "tokens"
    ],
    "operationId": "listTokens",
    "responses": {
     "200": {
      "description": "tokens, without secrets",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/Token"
           }
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "414": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "tenantId",
      "in": "query",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      },
      "description": "another tenant (system administrators)"
     }
    ]
   },
   "post": {
    "summary": "Create a token; its secret is shown once",
    "tags": [
     "tokens"
    ],
    "operationId": "createToken",
    "responses": {
     "201": {
      "description": "created, with secret",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Token"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "413": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/TokenInput"
       }
      }
     }
    }
   }
  },
  "/api/v1/tokens/{id}": {
   "delete": {
    "summary": "Revoke a token",
    "tags": [
     "tokens"
    ],
    "operationId": "revokeToken",
    "responses": {
     "200": {
      "description": "the revoked token",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Token"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the token's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   }
  },
  "/api/v1/fields": {
   "get": {
    "summary": "The tenant's field catalog",
    "tags": [
     "fields"
    ],
    "operationId": "listFields",
    "responses": {
     "200": {
      "description": "fields",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/Field"
           }
          }
         }
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     }
    }
   },
   "post": {
    "summary": "Add a field to the catalog (admins)",
    "tags": [
     "fields"
    ],
    "operationId": "createField",
    "responses": {
     "201": {
      "description": "created",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Field"
        }
       }
      },
      "links": {
       "getField": {
        "operationId": "getField",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "updateField": {
        "operationId": "updateField",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "deleteField": {
        "operationId": "deleteField",
        "parameters": {
         "id": "$response.body#/id"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     },
     "413": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/FieldCreateInput"
       }
      }
     }
    }
   }
  },
  "/api/v1/fields/{id}": {
   "get": {
    "summary": "Read a field",
    "tags": [
     "fields"
    ],
    "operationId": "getField",
    "responses": {
     "200": {
      "description": "the field",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Field"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the field's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   },
   "patch": {
    "summary": "Change a field; name and type stay fixed",
    "tags": [
     "fields"
    ],
    "operationId": "updateField",
    "responses": {
     "200": {
      "description": "changed",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Field"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "412": {
      "$ref": "#/components/responses/Problem"
     },
     "413": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the field's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "If-Match",
      "in": "header",
      "required": false,
      "schema": {
       "type": "string",
       "pattern": "^(W/)?(\"[1-9][0-9]{0,17}\"|[1-9][0-9]{0,17})$"
      },
      "description": "the version the change is based on, as returned in ETag; a stale one answers 412"
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/FieldInput"
       }
      }
     }
    }
   },
   "delete": {
    "summary": "Remove a field from the catalog; lists keep their copies",
    "tags": [
     "fields"
    ],
    "operationId": "deleteField",
    "responses": {
     "204": {
      "description": "removed"
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "412": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the field's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "If-Match",
      "in": "header",
      "required": false,
      "schema": {
       "type": "string",
       "pattern": "^(W/)?(\"[1-9][0-9]{0,17}\"|[1-9][0-9]{0,17})$"
      },
      "description": "the version the change is based on, as returned in ETag; a stale one answers 412"
     }
    ]
   }
  },
  "/api/v1/lists": {
   "get": {
    "summary": "Lists the tenant owns or that are shared with it",
    "tags": [
     "lists"
    ],
    "operationId": "listLists",
    "responses": {
     "200": {
      "description": "a page of lists",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/List"
           }
          },
          "nextCursor": {
           "type": [
            "string",
            "null"
           ]
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "414": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "limit",
      "in": "query",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 1000,
       "default": 50
      }
     },
     {
      "name": "cursor",
      "in": "query",
      "schema": {
       "type": "string",
       "pattern": "^c([0-9a-f]{1,15}|[0-7][0-9a-f]{15})$"
      },
      "description": "nextCursor of the previous page"
     }
    ]
   },
   "post": {
    "summary": "Create a list; its schema copies the field catalog",
    "tags": [
     "lists"
    ],
    "operationId": "createList",
    "responses": {
     "201": {
      "description": "created",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/List"
        }
       }
      },
      "links": {
       "getList": {
        "operationId": "getList",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "updateList": {
        "operationId": "updateList",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "deleteList": {
        "operationId": "deleteList",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "addContact": {
        "operationId": "createContact",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "exportList": {
        "operationId": "startExport",
        "parameters": {
         "id": "$response.body#/id"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     },
     "413": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/ListInput"
       }
      }
     }
    }
   }
  },
  "/api/v1/lists/{id}": {
   "get": {
    "summary": "Read a list",
    "tags": [
     "lists"
    ],
    "operationId": "getList",
    "responses": {
     "200": {
      "description": "the list",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/List"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the list's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   },
   "patch": {
    "summary": "Change a list's settings, enable or disable it, share it",
    "tags": [
     "lists"
    ],
    "operationId": "updateList",
    "responses": {
     "200": {
      "description": "changed",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/List"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     },
     "412": {
      "$ref": "#/components/responses/Problem"
     },
     "413": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the list's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "If-Match",
      "in": "header",
      "required": false,
      "schema": {
       "type": "string",
       "pattern": "^(W/)?(\"[1-9][0-9]{0,17}\"|[1-9][0-9]{0,17})$"
      },
      "description": "the version the change is based on, as returned in ETag; a stale one answers 412"
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/ListInput"
       }
      }
     }
    }
   },
   "delete": {
    "summary": "Delete a list and all its contacts",
    "tags": [
     "lists"
    ],
    "operationId": "deleteList",
    "responses": {
     "204": {
      "description": "deleted"
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "412": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the list's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "If-Match",
      "in": "header",
      "required": false,
      "schema": {
       "type": "string",
       "pattern": "^(W/)?(\"[1-9][0-9]{0,17}\"|[1-9][0-9]{0,17})$"
      },
      "description": "the version the change is based on, as returned in ETag; a stale one answers 412"
     }
    ]
   }
  },
  "/api/v1/lists/{id}/fields": {
   "post": {
    "summary": "Add a field to the list's own schema",
    "tags": [
     "lists"
    ],
    "operationId": "addListField",
    "responses": {
     "201": {
      "description": "the list with its new schema",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/List"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     },
     "412": {
      "$ref": "#/components/responses/Problem"
     },
     "413": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the list's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "If-Match",
      "in": "header",
      "required": false,
      "schema": {
       "type": "string",
       "pattern": "^(W/)?(\"[1-9][0-9]{0,17}\"|[1-9][0-9]{0,17})$"
      },
      "description": "the version the change is based on, as returned in ETag; a stale one answers 412"
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/FieldCreateInput"
       }
      }
     }
    }
   }
  },
  "/api/v1/lists/{id}/empty": {
   "post": {
    "summary": "Remove every contact of the list",
    "tags": [
     "lists"
    ],
    "operationId": "emptyList",
    "responses": {
     "200": {
      "description": "how many were removed",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "removed"
         ],
         "properties": {
          "removed": {
           "type": "integer"
          }
         }
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the list's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   }
  },
  "/api/v1/lists/{id}/contacts": {
   "get": {
    "summary": "The list's contacts in id order",
    "tags": [
     "contacts"
    ],
    "operationId": "listContacts",
    "responses": {
     "200": {
      "description": "a page of contacts",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/Contact"
           }
          },
          "nextCursor": {
           "type": [
            "string",
            "null"
           ]
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "414": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the list's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "status",
      "in": "query",
      "schema": {
       "$ref": "#/components/schemas/ContactStatus"
      }
     },
     {
      "name": "limit",
      "in": "query",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 1000,
       "default": 50
      }
     },
     {
      "name": "cursor",
      "in": "query",
      "schema": {
       "type": "string",
       "pattern": "^c([0-9a-f]{1,15}|[0-7][0-9a-f]{15})$"
      },
      "description": "nextCursor of the previous page"
     }
    ]
   },
   "post": {
    "summary": "Create a contact",
    "tags": [
     "contacts"
    ],
    "operationId": "createContact",
    "responses": {
     "201": {
      "description": "created, with its history",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Contact"
        }
       }
      },
      "links": {
       "getContact": {
        "operationId": "getContact",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "updateContact": {
        "operationId": "updateContact",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "deleteContact": {
        "operationId": "deleteContact",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "historyOfContact": {
        "operationId": "contactHistory",
        "parameters": {
         "id": "$response.body#/id"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     },
     "413": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the list's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/ContactInput"
       }
      }
     }
    }
   }
  },
  "/api/v1/contacts/search": {
   "get": {
    "summary": "Search contacts in one list or all the tenant's lists",
    "tags": [
     "contacts"
    ],
    "operationId": "searchContacts",
    "responses": {
     "200": {
      "description": "a page of contacts, each once",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/Contact"
           }
          },
          "nextCursor": {
           "type": [
            "string",
            "null"
           ]
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "414": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "list",
      "in": "query",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      },
      "description": "one list; all visible lists when absent"
     },
     {
      "name": "name",
      "in": "query",
      "schema": {
       "type": "string",
       "minLength": 1,
       "maxLength": 100
      },
      "description": "part of a name: words in any order, without case, accents or punctuation; a word of two letters matches the start of a word, longer ones anywhere"
     },
     {
      "name": "phone",
      "in": "query",
      "schema": {
       "type": "string",
       "minLength": 3,
       "maxLength": 100
      },
      "description": "part of any phone number"
     },
     {
      "name": "email",
      "in": "query",
      "schema": {
       "type": "string",
       "minLength": 3,
       "maxLength": 100
      },
      "description": "part of any email address"
     },
     {
      "name": "status",
      "in": "query",
      "schema": {
       "$ref": "#/components/schemas/ContactStatus"
      }
     },
     {
      "name": "limit",
      "in": "query",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 1000,
       "default": 50
      }
     },
     {
      "name": "cursor",
      "in": "query",
      "schema": {
       "type": "string",
       "pattern": "^c([0-9a-f]{1,15}|[0-7][0-9a-f]{15})$"
      },
      "description": "nextCursor of the previous page"
     },
     {
      "name": "filter",
      "in": "query",
      "schema": {
       "type": "string",
       "maxLength": 4000
      },
      "description": "A filter in the text form, such as: status = \"remaining\" and balance > 100 and created within 30d. Operators: = != < <= > >= between … and …, in (…), contains, begins with, ends with, is empty, is not empty, within Nd, older than Nd; and, or, parentheses."
     }
    ],
    "description": "Custom fields are searched with field.NAME=value, NAME a field of the searched lists."
   }
  },
  "/api/v1/contacts/{id}": {
   "get": {
    "summary": "Read a contact with its latest 50 history events",
    "tags": [
     "contacts"
    ],
    "operationId": "getContact",
    "responses": {
     "200": {
      "description": "the contact",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Contact"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the contact's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   },
   "patch": {
    "summary": "Change a contact; parts left out stay as they are",
    "tags": [
     "contacts"
    ],
    "operationId": "updateContact",
    "responses": {
     "200": {
      "description": "changed",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Contact"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     },
     "412": {
      "$ref": "#/components/responses/Problem"
     },
     "413": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the contact's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "If-Match",
      "in": "header",
      "required": false,
      "schema": {
       "type": "string",
       "pattern": "^(W/)?(\"[1-9][0-9]{0,17}\"|[1-9][0-9]{0,17})$"
      },
      "description": "the version the change is based on, as returned in ETag; a stale one answers 412"
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/ContactInput"
       }
      }
     }
    }
   },
   "delete": {
    "summary": "Delete a contact A contact in progress (leased, being attempted, with a callback or a retry set) cannot be deleted: 409. A deleted contact goes to the deleted-contacts report.",
    "tags": [
     "contacts"
    ],
    "operationId": "deleteContact",
    "responses": {
     "204": {
      "description": "deleted"
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "412": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the contact's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "If-Match",
      "in": "header",
      "required": false,
      "schema": {
       "type": "string",
       "pattern": "^(W/)?(\"[1-9][0-9]{0,17}\"|[1-9][0-9]{0,17})$"
      },
      "description": "the version the change is based on, as returned in ETag; a stale one answers 412"
     }
    ]
   }
  },
  "/api/v1/contacts/{id}/history": {
   "get": {
    "summary": "A contact's history, newest first",
    "tags": [
     "contacts"
    ],
    "operationId": "contactHistory",
    "responses": {
     "200": {
      "description": "a page of events",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/HistoryEvent"
           }
          },
          "nextCursor": {
           "type": [
            "string",
            "null"
           ]
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "414": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the contact's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "limit",
      "in": "query",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 1000,
       "default": 50
      }
     },
     {
      "name": "cursor",
      "in": "query",
      "schema": {
       "type": "string",
       "pattern": "^c([0-9a-f]{1,15}|[0-7][0-9a-f]{15})$"
      },
      "description": "nextCursor of the previous page"
     }
    ]
   }
  },
  "/api/v1/lists/{id}/imports": {
   "post": {
    "summary": "Import a file into the list: the raw body, or a multipart form with a 'file' part (and an optional 'settings' JSON part); gzip is read as such; streamed to disk",
    "tags": [
     "imports"
    ],
    "operationId": "startImport",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the list's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "$ref": "#/components/parameters/importSetting_separator"
     },
     {
      "$ref": "#/components/parameters/importSetting_header"
     },
     {
      "$ref": "#/components/parameters/importSetting_encoding"
     },
     {
      "$ref": "#/components/parameters/importSetting_mapping"
     },
     {
      "$ref": "#/components/parameters/importSetting_template"
     },
     {
      "$ref": "#/components/parameters/importSetting_importRule"
     },
     {
      "$ref": "#/components/parameters/importSetting_updateRule"
     },
     {
      "$ref": "#/components/parameters/importSetting_mergeRule"
     },
     {
      "$ref": "#/components/parameters/importSetting_duplicates"
     },
     {
      "$ref": "#/components/parameters/importSetting_emptyListFirst"
     },
     {
      "$ref": "#/components/parameters/importSetting_resetReuploaded"
     },
     {
      "$ref": "#/components/parameters/importSetting_updateOtherLists"
     },
     {
      "$ref": "#/components/parameters/importSetting_moveFromOtherLists"
     },
     {
      "$ref": "#/components/parameters/importSetting_scheduledAt"
     },
     {
      "$ref": "#/components/parameters/importSetting_fileName"
     },
     {
      "$ref": "#/components/parameters/importSetting_blacklist"
     },
     {
      "$ref": "#/components/parameters/importSetting_emptyFilter"
     },
     {
      "$ref": "#/components/parameters/importSetting_hasHeader"
     },
     {
      "$ref": "#/components/parameters/importSetting_createFields"
     },
     {
      "$ref": "#/components/parameters/importSetting_churnJobs"
     },
     {
      "$ref": "#/components/parameters/importSetting_callbackCampaignId"
     },
     {
      "$ref": "#/components/parameters/importSetting_emptyCells"
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "text/csv": {
       "schema": {
        "type": "string",
        "minLength": 1
       }
      },
      "application/octet-stream": {
       "schema": {
        "type": "string",
        "format": "binary"
       }
      },
      "multipart/form-data": {
       "schema": {
        "type": "object",
        "required": [
         "file"
        ],
        "properties": {
         "file": {
          "type": "string",
          "format": "binary"
         },
         "settings": {
          "anyOf": [
           {
            "$ref": "#/components/schemas/ImportSettings"
           },
           {
            "type": "null"
           }
          ]
         }
        }
       }
      }
     }
    },
    "responses": {
     "202": {
      "description": "the import process, pending",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Process"
        }
       }
      },
      "links": {
       "getProcess": {
        "operationId": "getProcess",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "cancelProcess": {
        "operationId": "cancelProcess",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "downloadProcessFile": {
        "operationId": "getProcessFile",
        "parameters": {
         "id": "$response.body#/id"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "413": {
      "$ref": "#/components/responses/Problem"
     },
     "414": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/lists/{id}/imports/preview": {
   "post": {
    "summary": "How the first rows of a file would import, with their errors; writes nothing",
    "tags": [
     "imports"
    ],
    "operationId": "previewImport",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the list's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "$ref": "#/components/parameters/importSetting_separator"
     },
     {
      "$ref": "#/components/parameters/importSetting_header"
     },
     {
      "$ref": "#/components/parameters/importSetting_encoding"
     },
     {
      "$ref": "#/components/parameters/importSetting_mapping"
     },
     {
      "$ref": "#/components/parameters/importSetting_template"
     },
     {
      "$ref": "#/components/parameters/importSetting_importRule"
     },
     {
      "$ref": "#/components/parameters/importSetting_updateRule"
     },
     {
      "$ref": "#/components/parameters/importSetting_mergeRule"
     },
     {
      "$ref": "#/components/parameters/importSetting_duplicates"
     },
     {
      "$ref": "#/components/parameters/importSetting_emptyListFirst"
     },
     {
      "$ref": "#/components/parameters/importSetting_resetReuploaded"
     },
     {
      "$ref": "#/components/parameters/importSetting_updateOtherLists"
     },
     {
      "$ref": "#/components/parameters/importSetting_moveFromOtherLists"
     },
     {
      "$ref": "#/components/parameters/importSetting_scheduledAt"
     },
     {
      "$ref": "#/components/parameters/importSetting_fileName"
     },
     {
      "$ref": "#/components/parameters/importSetting_blacklist"
     },
     {
      "$ref": "#/components/parameters/importSetting_emptyFilter"
     },
     {
      "$ref": "#/components/parameters/importSetting_hasHeader"
     },
     {
      "$ref": "#/components/parameters/importSetting_createFields"
     },
     {
      "$ref": "#/components/parameters/importSetting_churnJobs"
     },
     {
      "$ref": "#/components/parameters/importSetting_callbackCampaignId"
     },
     {
      "$ref": "#/components/parameters/importSetting_emptyCells"
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "text/csv": {
       "schema": {
        "type": "string",
        "minLength": 1
       }
      },
      "application/octet-stream": {
       "schema": {
        "type": "string",
        "format": "binary"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "the preview",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ImportPreview"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "414": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/lists/{id}/exports": {
   "post": {
    "summary": "Export the list to a file, as a process",
    "tags": [
     "exports"
    ],
    "operationId": "startExport",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the list's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/ExportInput"
       }
      }
     }
    },
    "responses": {
     "202": {
      "description": "the export process, pending",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Process"
        }
       }
      },
      "links": {
       "getProcess": {
        "operationId": "getProcess",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "cancelProcess": {
        "operationId": "cancelProcess",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "downloadProcessFile": {
        "operationId": "getProcessFile",
        "parameters": {
         "id": "$response.body#/id"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/lists/{id}/export": {
   "get": {
    "summary": "Stream the list as CSV, named [list id].export.[yyyyMMddHHmmss].csv",
    "tags": [
     "exports"
    ],
    "operationId": "streamExport",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the list's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "separator",
      "in": "query",
      "required": false,
      "description": "`,` (default) `;` `:` `|` `tab` `space`",
      "schema": {
       "type": "string",
       "maxLength": 500
      }
     },
     {
      "name": "header",
      "in": "query",
      "required": false,
      "description": "column names first (default true)",
      "schema": {
       "$ref": "#/components/schemas/QueryFlag"
      }
     },
     {
      "name": "encoding",
      "in": "query",
      "required": false,
      "description": "utf8 (default), utf8-bom or utf16le",
      "schema": {
       "type": "string",
       "maxLength": 500
      }
     },
     {
      "name": "fields",
      "in": "query",
      "required": false,
      "description": "comma-separated columns: id, status, external_id, first_name, phone1…, a field name; all when absent",
      "schema": {
       "type": "string",
       "maxLength": 500
      }
     },
     {
      "name": "status",
      "in": "query",
      "required": false,
      "description": "comma-separated statuses; all when absent",
      "schema": {
       "type": "string",
       "maxLength": 500
      }
     },
     {
      "name": "filter",
      "in": "query",
      "required": false,
      "description": "only contacts passing this filter; A filter in the text form, such as: status = \"remaining\" and balance > 100 and created within 30d. Operators: = != < <= > >= between … and …, in (…), contains, begins with, ends with, is empty, is not empty, within Nd, older than Nd; and, or, parentheses.",
      "schema": {
       "type": "string",
       "maxLength": 4000
      }
     }
    ],
    "responses": {
     "200": {
      "description": "the CSV file; cells a spreadsheet would run are neutralized",
      "content": {
       "text/csv": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "414": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/processes": {
   "get": {
    "summary": "Processes of the tenant, newest first",
    "tags": [
     "processes"
    ],
    "operationId": "listProcesses",
    "parameters": [
     {
      "name": "list",
      "in": "query",
      "required": false,
      "description": "only this list's",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "limit",
      "in": "query",
      "required": false,
      "description": "page size, 1 to 1000",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 1000
      }
     },
     {
      "name": "cursor",
      "in": "query",
      "required": false,
      "description": "from the previous page's nextCursor",
      "schema": {
       "type": "string",
       "pattern": "^c([0-9a-f]{1,15}|[0-7][0-9a-f]{15})$"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "a page of processes",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/Process"
           }
          },
          "nextCursor": {
           "type": [
            "string",
            "null"
           ]
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "414": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/processes/{id}": {
   "get": {
    "summary": "A process: state, progress, counts, details",
    "tags": [
     "processes"
    ],
    "operationId": "getProcess",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the process's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "responses": {
     "200": {
      "description": "the process",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Process"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/processes/{id}/cancel": {
   "post": {
    "summary": "Cancel a pending process, or ask a running one to stop after its current batch",
    "tags": [
     "processes"
    ],
    "operationId": "cancelProcess",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the process's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "responses": {
     "202": {
      "description": "the process",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Process"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/processes/{id}/file": {
   "get": {
    "summary": "The process's file: an import's rejected rows (line, column, reason, the row) or an export",
    "tags": [
     "processes"
    ],
    "operationId": "getProcessFile",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the process's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "responses": {
     "200": {
      "description": "the file",
      "content": {
       "text/csv": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/mapping-templates": {
   "get": {
    "summary": "The tenant's saved column mappings",
    "tags": [
     "imports"
    ],
    "operationId": "listMappingTemplates",
    "responses": {
     "200": {
      "description": "every template",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/MappingTemplate"
           }
          }
         }
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/mapping-templates/{name}": {
   "put": {
    "summary": "Save a column mapping under a name (replacing one of that name)",
    "tags": [
     "imports"
    ],
    "operationId": "saveMappingTemplate",
    "parameters": [
     {
      "name": "name",
      "in": "path",
      "required": true,
      "description": "the template's name",
      "schema": {
       "type": "string",
       "minLength": 1,
       "maxLength": 100
      }
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "type": "object",
        "required": [
         "mapping"
        ],
        "additionalProperties": false,
        "properties": {
         "mapping": {
          "type": "object",
          "additionalProperties": {
           "type": "string",
           "maxLength": 200,
           "description": "the target: phone1, first_name, a field name; empty to leave the column out"
          },
          "minProperties": 1,
          "propertyNames": {
           "minLength": 1,
           "maxLength": 200
          },
          "maxProperties": 2048
         }
        }
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "the template",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/MappingTemplate"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     }
    }
   },
   "delete": {
    "summary": "Delete a mapping template",
    "tags": [
     "imports"
    ],
    "operationId": "deleteMappingTemplate",
    "parameters": [
     {
      "name": "name",
      "in": "path",
      "required": true,
      "description": "the template's name",
      "schema": {
       "type": "string",
       "minLength": 1,
       "maxLength": 100
      }
     }
    ],
    "responses": {
     "204": {
      "description": "deleted"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/data-sources": {
   "get": {
    "summary": "The tenant's data sources (administrators)",
    "tags": [
     "imports"
    ],
    "operationId": "listDataSources",
    "responses": {
     "200": {
      "description": "every data source",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/DataSource"
           }
          }
         }
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     }
    }
   },
   "post": {
    "summary": "Save an import from server files or an external PostgreSQL query, or an export into a server folder, on a schedule",
    "tags": [
     "imports"
    ],
    "operationId": "createDataSource",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/DataSourceInput"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "the data source",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/DataSource"
        }
       }
      },
      "links": {
       "getSource": {
        "operationId": "getDataSource",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "deleteSource": {
        "operationId": "deleteDataSource",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "runSource": {
        "operationId": "runDataSource",
        "parameters": {
         "id": "$response.body#/id"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/data-sources/{id}": {
   "get": {
    "summary": "A data source",
    "tags": [
     "imports"
    ],
    "operationId": "getDataSource",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the data source's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "responses": {
     "200": {
      "description": "the data source",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/DataSource"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   },
   "delete": {
    "summary": "Delete a data source",
    "tags": [
     "imports"
    ],
    "operationId": "deleteDataSource",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the data source's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "responses": {
     "204": {
      "description": "deleted"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/data-sources/{id}/run": {
   "post": {
    "summary": "Run a data source now: one import process per file",
    "tags": [
     "imports"
    ],
    "operationId": "runDataSource",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the data source's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "responses": {
     "202": {
      "description": "the processes started",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/Process"
           }
          }
         }
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/filters": {
   "get": {
    "summary": "The tenant's saved filters",
    "tags": [
     "filters"
    ],
    "operationId": "listFilterTemplates",
    "responses": {
     "200": {
      "description": "every template",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/FilterTemplate"
           }
          }
         }
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/filters/{name}": {
   "get": {
    "summary": "A saved filter",
    "tags": [
     "filters"
    ],
    "operationId": "getFilterTemplate",
    "parameters": [
     {
      "name": "name",
      "in": "path",
      "required": true,
      "description": "the template's name",
      "schema": {
       "type": "string",
       "minLength": 1,
       "maxLength": 100
      }
     }
    ],
    "responses": {
     "200": {
      "description": "the template",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/FilterTemplate"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   },
   "put": {
    "summary": "Save a filter under a name (replacing one of that name); fields are checked when it is used on lists",
    "tags": [
     "filters"
    ],
    "operationId": "saveFilterTemplate",
    "parameters": [
     {
      "name": "name",
      "in": "path",
      "required": true,
      "description": "the template's name",
      "schema": {
       "type": "string",
       "minLength": 1,
       "maxLength": 100
      }
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "type": "object",
        "required": [
         "filter"
        ],
        "additionalProperties": false,
        "properties": {
         "filter": {
          "$ref": "#/components/schemas/Filter"
         }
        }
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "the saved template",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/FilterTemplate"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     }
    }
   },
   "delete": {
    "summary": "Delete a saved filter",
    "tags": [
     "filters"
    ],
    "operationId": "deleteFilterTemplate",
    "parameters": [
     {
      "name": "name",
      "in": "path",
      "required": true,
      "description": "the template's name",
      "schema": {
       "type": "string",
       "minLength": 1,
       "maxLength": 100
      }
     }
    ],
    "responses": {
     "204": {
      "description": "deleted"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/filters/preview": {
   "post": {
    "summary": "How many contacts of some lists a filter selects, and the first of them",
    "tags": [
     "filters"
    ],
    "operationId": "previewFilter",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "type": "object",
        "required": [
         "lists"
        ],
        "additionalProperties": false,
        "properties": {
         "lists": {
          "type": "array",
          "minItems": 1,
          "maxItems": 1000,
          "items": {
           "type": "integer",
           "format": "int64"
          }
         },
         "filter": {
          "anyOf": [
           {
            "$ref": "#/components/schemas/Filter"
           },
           {
            "type": "null"
           }
          ]
         },
         "template": {
          "type": [
           "string",
           "null"
          ],
          "description": "a saved filter's name, instead of filter",
          "minLength": 1
         },
         "limit": {
          "type": [
           "integer",
           "null"
          ],
          "minimum": 0,
          "maximum": 100,
          "default": 20
         }
        },
        "if": {
         "required": [
          "template"
         ],
         "properties": {
          "template": {
           "type": "string"
          }
         }
        },
        "then": {
         "properties": {
          "filter": {
           "type": "null"
          }
         }
        }
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "the count and the first contacts",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "count",
          "text",
          "contacts"
         ],
         "properties": {
          "count": {
           "type": "integer"
          },
          "text": {
           "type": "string",
           "description": "the filter as read, in the text form"
          },
          "contacts": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/Contact"
           }
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/lists/{id}/deletions": {
   "post": {
    "summary": "Delete the list's contacts a filter selects, as a process. Contacts in progress (leased, being attempted, with a callback or a retry set) are skipped and counted; deleted ones go to the deleted-contacts report and to a backup file (the process's file).",
    "tags": [
     "contacts"
    ],
    "operationId": "deleteContactsByFilter",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the list's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
         "filter": {
          "anyOf": [
           {
            "$ref": "#/components/schemas/Filter"
           },
           {
            "type": "null"
           }
          ]
         },
         "template": {
          "type": [
           "string",
           "null"
          ],
          "description": "a saved filter's name, instead of filter"
         },
         "confirmAll": {
          "type": [
           "boolean",
           "null"
          ],
          "description": "required when no filter narrows the selection: the whole list"
         },
         "scheduledAt": {
          "type": [
           "string",
           "null"
          ],
          "format": "date-time",
          "description": "when to run; now when absent"
         }
        }
       }
      }
     }
    },
    "responses": {
     "202": {
      "description": "the export process, pending",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Process"
        }
       }
      },
      "links": {
       "getProcess": {
        "operationId": "getProcess",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "cancelProcess": {
        "operationId": "cancelProcess",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "downloadProcessFile": {
        "operationId": "getProcessFile",
        "parameters": {
         "id": "$response.body#/id"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/lists/{id}/status-changes": {
   "post": {
    "summary": "Change the status, priority or numbers of the list's contacts a filter selects, as a process; contacts in progress are skipped. The process's file holds the changed contacts as they were.",
    "tags": [
     "contacts"
    ],
    "operationId": "changeContactsByFilter",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the list's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
         "filter": {
          "anyOf": [
           {
            "$ref": "#/components/schemas/Filter"
           },
           {
            "type": "null"
           }
          ]
         },
         "template": {
          "type": [
           "string",
           "null"
          ],
          "description": "a saved filter's name, instead of filter"
         },
         "confirmAll": {
          "type": [
           "boolean",
           "null"
          ],
          "description": "required when no filter narrows the selection: the whole list"
         },
         "scheduledAt": {
          "type": [
           "string",
           "null"
          ],
          "format": "date-time",
          "description": "when to run; now when absent"
         },
         "status": {
          "type": [
           "string",
           "null"
          ],
          "enum": [
           "remaining",
           "postponed",
           "closed",
           "inactive",
           null
          ]
         },
         "priority": {
          "type": [
           "integer",
           "null"
          ],
          "minimum": 1,
          "maximum": 10
         },
         "clearRetries": {
          "type": [
           "boolean",
           "null"
          ],
          "description": "set every number's retry count to 0"
         },
         "activatePhones": {
          "type": [
           "array",
           "null"
          ],
          "items": {
           "type": "string",
           "enum": [
            "inactive"
           ]
          },
          "description": "numbers in these states become active; blocked and excluded ones never do"
         }
        }
       }
      }
     }
    },
    "responses": {
     "202": {
      "description": "the export process, pending",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Process"
        }
       }
      },
      "links": {
       "getProcess": {
        "operationId": "getProcess",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "cancelProcess": {
        "operationId": "cancelProcess",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "downloadProcessFile": {
        "operationId": "getProcessFile",
        "parameters": {
         "id": "$response.body#/id"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/deleted-contacts": {
   "get": {
    "summary": "The deleted-contacts report, newest first: who deleted which contact, when, by which process and filter",
    "tags": [
     "contacts"
    ],
    "operationId": "listDeletedContacts",
    "parameters": [
     {
      "name": "list",
      "in": "query",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "process",
      "in": "query",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "limit",
      "in": "query",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 1000
      }
     },
     {
      "name": "cursor",
      "in": "query",
      "schema": {
       "type": "string",
       "pattern": "^c([0-9a-f]{1,15}|[0-7][0-9a-f]{15})$"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "a page of the report",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/DeletedContact"
           }
          },
          "nextCursor": {
           "type": [
            "string",
            "null"
           ]
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "414": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/blacklist": {
   "get": {
    "summary": "The tenant's do-not-contact entries, in id order; q finds a part of the URI or name",
    "tags": [
     "blacklist"
    ],
    "operationId": "searchBlacklist",
    "parameters": [
     {
      "name": "q",
      "in": "query",
      "schema": {
       "type": "string",
       "maxLength": 500
      }
     },
     {
      "name": "limit",
      "in": "query",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 1000
      }
     },
     {
      "name": "cursor",
      "in": "query",
      "schema": {
       "type": "string",
       "pattern": "^c([0-9a-f]{1,15}|[0-7][0-9a-f]{15})$"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "a page of entries",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/BlacklistEntry"
           }
          },
          "nextCursor": {
           "type": [
            "string",
            "null"
           ]
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "414": {
      "$ref": "#/components/responses/Problem"
     }
    }
   },
   "post": {
    "summary": "Add an entry; one for the same URI and medium has its name, reason and expiry replaced (200)",
    "tags": [
     "blacklist"
    ],
    "operationId": "addBlacklistEntry",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "type": "object",
        "required": [
         "uri"
        ],
        "additionalProperties": false,
        "properties": {
         "uri": {
          "type": "string",
          "minLength": 1,
          "maxLength": 254
         },
         "medium": {
          "type": [
           "string",
           "null"
          ],
          "enum": [
           "voice",
           "sms",
           "email",
           "any",
           null
          ],
          "default": "any"
         },
         "name": {
          "type": [
           "string",
           "null"
          ],
          "maxLength": 100
         },
         "reason": {
          "type": [
           "string",
           "null"
          ],
          "maxLength": 500
         },
         "expires": {
          "type": [
           "string",
           "null"
          ],
          "description": "a date or an RFC 3339 time; never when absent"
         },
         "region": {
          "type": [
           "string",
           "null"
          ],
          "description": "the region of a number written without +"
         }
        }
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "added",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/BlacklistEntry"
        }
       }
      },
      "links": {
       "getEntry": {
        "operationId": "getBlacklistEntry",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "deleteEntry": {
        "operationId": "removeBlacklistEntry",
        "parameters": {
         "id": "$response.body#/id"
        }
       }
      }
     },
     "200": {
      "description": "replaced",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/BlacklistEntry"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/blacklist/{id}": {
   "get": {
    "summary": "One entry",
    "tags": [
     "blacklist"
    ],
    "operationId": "getBlacklistEntry",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "responses": {
     "200": {
      "description": "the entry",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/BlacklistEntry"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   },
   "delete": {
    "summary": "Remove an entry",
    "tags": [
     "blacklist"
    ],
    "operationId": "removeBlacklistEntry",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "responses": {
     "204": {
      "description": "removed"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/blacklist/check": {
   "get": {
    "summary": "Whether a number or an address may be contacted on a medium",
    "tags": [
     "blacklist"
    ],
    "operationId": "checkBlacklist",
    "parameters": [
     {
      "name": "number",
      "in": "query",
      "schema": {
       "type": "string",
       "maxLength": 500
      }
     },
     {
      "name": "email",
      "in": "query",
      "schema": {
       "type": "string",
       "maxLength": 500
      }
     },
     {
      "name": "medium",
      "in": "query",
      "schema": {
       "type": "string",
       "enum": [
        "voice",
        "sms",
        "email",
        "any"
       ],
       "default": "any"
      }
     },
     {
      "name": "region",
      "in": "query",
      "schema": {
       "type": "string",
       "maxLength": 500
      }
     }
    ],
    "responses": {
     "200": {
      "description": "listed or not, and the entry that forbids it",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "listed",
          "checked",
          "medium",
          "blockedOn"
         ],
         "properties": {
          "listed": {
           "type": "boolean"
          },
          "checked": {
           "type": "string"
          },
          "entry": {
           "$ref": "#/components/schemas/BlacklistEntry"
          },
          "medium": {
           "type": "string",
           "enum": [
            "voice",
            "sms",
            "email",
            "any"
           ],
           "description": "the channel asked about; any asks about every one"
          },
          "blockedOn": {
           "type": "array",
           "items": {
            "type": "string",
            "enum": [
             "voice",
             "sms",
             "email"
            ]
           },
           "description": "every channel the value may not be reached on, whichever was asked"
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "414": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/blacklist/import": {
   "post": {
    "summary": "Add the entries of a CSV file (the raw body): a column uri (or number, phone, email) and optionally medium, name, reason, expires. Bad rows are rejected with their line and reason; the good ones go in.",
    "tags": [
     "blacklist"
    ],
    "operationId": "importBlacklist",
    "parameters": [
     {
      "name": "region",
      "in": "query",
      "schema": {
       "type": "string",
       "maxLength": 500
      },
      "description": "the region of numbers written without +"
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "text/csv": {
       "schema": {
        "type": "string",
        "minLength": 1
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "the counts and the first rejected rows",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "read",
          "added",
          "replaced",
          "rejected",
          "rejects"
         ],
         "properties": {
          "read": {
           "type": "integer"
          },
          "added": {
           "type": "integer"
          },
          "replaced": {
           "type": "integer"
          },
          "rejected": {
           "type": "integer"
          },
          "rejects": {
           "type": "array",
           "items": {
            "type": "object",
            "properties": {
             "line": {
              "type": "integer"
             },
             "reason": {
              "type": "string"
             }
            }
           }
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "413": {
      "$ref": "#/components/responses/Problem"
     },
     "414": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/blacklist/export": {
   "get": {
    "summary": "Every entry as CSV, streamed",
    "tags": [
     "blacklist"
    ],
    "operationId": "exportBlacklist",
    "responses": {
     "200": {
      "description": "uri, medium, name, reason, expires, created_at, created_by",
      "content": {
       "text/csv": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/list-operations": {
   "post": {
    "summary": "The contact management tool: copy, move, remove, update or reset the contacts of some lists, as a process. Contacts in progress are never moved, removed, updated or reset; every touched contact goes to the backup (the process's file).",
    "tags": [
     "contacts"
    ],
    "operationId": "startListOperation",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/ListOperationInput"
       }
      }
     }
    },
    "responses": {
     "202": {
      "description": "the export process, pending",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Process"
        }
       }
      },
      "links": {
       "getProcess": {
        "operationId": "getProcess",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "cancelProcess": {
        "operationId": "cancelProcess",
        "parameters": {
         "id": "$response.body#/id"
        }
       },
       "downloadProcessFile": {
        "operationId": "getProcessFile",
        "parameters": {
         "id": "$response.body#/id"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/list-operations/preview": {
   "post": {
    "summary": "How many contacts an operation selects (before contacts in progress and exclusions are left out), and the first of them; nothing is changed",
    "tags": [
     "contacts"
    ],
    "operationId": "previewListOperation",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/ListOperationInput"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "the count and the first contacts",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "count",
          "text",
          "contacts"
         ],
         "properties": {
          "count": {
           "type": "integer"
          },
          "text": {
           "type": "string"
          },
          "contacts": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/Contact"
           }
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/list-shares": {
   "get": {
    "summary": "The lists other tenants offer this one, pending or accepted",
    "tags": [
     "lists"
    ],
    "operationId": "listShareOffers",
    "responses": {
     "200": {
      "description": "the offers",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/ShareOffer"
           }
          }
         }
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/list-shares/{listId}/accept": {
   "post": {
    "summary": "Accept an offered list, so it shows among the tenant's lists (administrators)",
    "tags": [
     "lists"
    ],
    "operationId": "acceptShare",
    "parameters": [
     {
      "name": "listId",
      "in": "path",
      "required": true,
      "description": "the offered list's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "responses": {
     "200": {
      "description": "the accepted offer",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ShareOffer"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/list-shares/{listId}": {
   "delete": {
    "summary": "Decline an offer or leave a shared list (administrators)",
    "tags": [
     "lists"
    ],
    "operationId": "declineShare",
    "parameters": [
     {
      "name": "listId",
      "in": "path",
      "required": true,
      "description": "the offered list's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "responses": {
     "204": {
      "description": "declined"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/completion-codes": {
   "get": {
    "summary": "The system completion codes and the tenant's own",
    "tags": [
     "campaigns"
    ],
    "operationId": "listCompletionCodes",
    "responses": {
     "200": {
      "description": "the codes",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/CompletionCode"
           }
          }
         }
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     }
    }
   },
   "post": {
    "summary": "Add a completion code of the tenant's own",
    "tags": [
     "campaigns"
    ],
    "operationId": "createCompletionCode",
    "responses": {
     "201": {
      "description": "the code",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/CompletionCode"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/CompletionCodeInput"
       }
      }
     }
    }
   }
  },
  "/api/v1/completion-codes/{name}": {
   "delete": {
    "summary": "Remove a code of the tenant's own; refused while a campaign allows it",
    "tags": [
     "campaigns"
    ],
    "operationId": "deleteCompletionCode",
    "responses": {
     "204": {
      "description": "removed"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "name",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string",
       "minLength": 1,
       "maxLength": 100
      }
     }
    ]
   }
  },
  "/api/v1/strategies": {
   "get": {
    "summary": "The tenant's strategies",
    "tags": [
     "campaigns"
    ],
    "operationId": "listStrategies",
    "responses": {
     "200": {
      "description": "a page of strategies",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/Strategy"
           }
          },
          "nextCursor": {
           "type": [
            "string",
            "null"
           ]
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "limit",
      "in": "query",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 1000
      }
     },
     {
      "name": "cursor",
      "in": "query",
      "schema": {
       "type": "string",
       "pattern": "^c([0-9a-f]{1,15}|[0-7][0-9a-f]{15})$"
      }
     }
    ]
   },
   "post": {
    "summary": "Create a strategy; left-out settings take the channel's defaults",
    "tags": [
     "campaigns"
    ],
    "operationId": "createStrategy",
    "responses": {
     "201": {
      "description": "the strategy",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Strategy"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/StrategyInput"
       }
      }
     }
    }
   }
  },
  "/api/v1/strategies/{id}": {
   "get": {
    "summary": "One strategy",
    "tags": [
     "campaigns"
    ],
    "operationId": "getStrategy",
    "responses": {
     "200": {
      "description": "the strategy",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Strategy"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the strategy's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   },
   "put": {
    "summary": "Replace a strategy's name and settings; running jobs keep the one they started with",
    "tags": [
     "campaigns"
    ],
    "operationId": "replaceStrategy",
    "responses": {
     "200": {
      "description": "the strategy",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Strategy"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     },
     "412": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the strategy's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "If-Match",
      "in": "header",
      "required": false,
      "schema": {
       "type": "string",
       "pattern": "^(W/)?(\"[1-9][0-9]{0,17}\"|[1-9][0-9]{0,17})$"
      },
      "description": "the version the change is based on, as returned in ETag; a stale one answers 412"
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/StrategyInput"
       }
      }
     }
    }
   },
   "delete": {
    "summary": "Delete a strategy no campaign uses",
    "tags": [
     "campaigns"
    ],
    "operationId": "deleteStrategy",
    "responses": {
     "204": {
      "description": "deleted"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the strategy's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   }
  },
  "/api/v1/calling-rules": {
   "get": {
    "summary": "The tenant's state and country rules (the shipped ones until edited)",
    "tags": [
     "campaigns"
    ],
    "operationId": "getCallingRules",
    "responses": {
     "200": {
      "description": "the rules",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/CallingRules"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     }
    }
   },
   "put": {
    "summary": "Replace the tenant's state and country rules",
    "tags": [
     "campaigns"
    ],
    "operationId": "replaceCallingRules",
    "responses": {
     "200": {
      "description": "the rules",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/CallingRules"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/CallingRules"
       }
      }
     }
    }
   }
  },
  "/api/v1/campaigns": {
   "get": {
    "summary": "The tenant's campaigns",
    "tags": [
     "campaigns"
    ],
    "operationId": "listCampaigns",
    "responses": {
     "200": {
      "description": "a page of campaigns",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/Campaign"
           }
          },
          "nextCursor": {
           "type": [
            "string",
            "null"
           ]
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "limit",
      "in": "query",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 1000
      }
     },
     {
      "name": "cursor",
      "in": "query",
      "schema": {
       "type": "string",
       "pattern": "^c([0-9a-f]{1,15}|[0-7][0-9a-f]{15})$"
      }
     }
    ]
   },
   "post": {
    "summary": "Create a campaign, checked against its lists, strategy and codes",
    "tags": [
     "campaigns"
    ],
    "operationId": "createCampaign",
    "responses": {
     "201": {
      "description": "the campaign",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Campaign"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/CampaignInput"
       }
      }
     }
    }
   }
  },
  "/api/v1/campaigns/{id}": {
   "get": {
    "summary": "One campaign",
    "tags": [
     "campaigns"
    ],
    "operationId": "getCampaign",
    "responses": {
     "200": {
      "description": "the campaign",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Campaign"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the campaign's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   },
   "put": {
    "summary": "Replace a campaign",
    "tags": [
     "campaigns"
    ],
    "operationId": "replaceCampaign",
    "responses": {
     "200": {
      "description": "the campaign",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Campaign"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     },
     "412": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the campaign's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "If-Match",
      "in": "header",
      "required": false,
      "schema": {
       "type": "string",
       "pattern": "^(W/)?(\"[1-9][0-9]{0,17}\"|[1-9][0-9]{0,17})$"
      },
      "description": "the version the change is based on, as returned in ETag; a stale one answers 412"
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/CampaignInput"
       }
      }
     }
    }
   },
   "delete": {
    "summary": "Delete a campaign with no active job, with its ended jobs and their attempts",
    "tags": [
     "campaigns"
    ],
    "operationId": "deleteCampaign",
    "responses": {
     "204": {
      "description": "deleted"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the campaign's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   }
  },
  "/api/v1/campaigns/{id}/lists/{listId}": {
   "put": {
    "summary": "Assign a list to the campaign",
    "tags": [
     "campaigns"
    ],
    "operationId": "assignCampaignList",
    "responses": {
     "200": {
      "description": "the campaign",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Campaign"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the campaign's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "listId",
      "in": "path",
      "required": true,
      "description": "the list's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   },
   "delete": {
    "summary": "Unassign a list: its contacts' state in the active job ends (leases released, retries and callbacks cleared)",
    "tags": [
     "campaigns"
    ],
    "operationId": "unassignCampaignList",
    "responses": {
     "200": {
      "description": "the campaign and what ended",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/UnassignReport"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the campaign's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "listId",
      "in": "path",
      "required": true,
      "description": "the list's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   }
  },
  "/api/v1/campaigns/{id}/start": {
   "post": {
    "summary": "Start a job now: its contacts selected from the lists and filter",
    "tags": [
     "campaigns"
    ],
    "operationId": "startCampaign",
    "responses": {
     "201": {
      "description": "the running job",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Job"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the campaign's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   }
  },
  "/api/v1/campaigns/{id}/leases": {
   "post": {
    "summary": "Lease up to count contacts of the running job, each through the gate",
    "tags": [
     "dispatch"
    ],
    "operationId": "leaseContacts",
    "responses": {
     "200": {
      "description": "the leases, possibly none",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/Lease"
           }
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the campaign's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/LeaseInput"
       }
      }
     }
    }
   }
  },
  "/api/v1/campaigns/{id}/forecast": {
   "post": {
    "summary": "How many contacts are callable now, why the others are not, and when they become callable",
    "tags": [
     "campaigns"
    ],
    "operationId": "forecastCampaign",
    "responses": {
     "200": {
      "description": "the forecast",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Forecast"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the campaign's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   }
  },
  "/api/v1/campaigns/{id}/exports": {
   "post": {
    "summary": "Export the attempts of the campaign's latest job with their results, as a process",
    "tags": [
     "campaigns"
    ],
    "operationId": "exportCampaign",
    "responses": {
     "202": {
      "description": "the export process",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Process"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the campaign's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   }
  },
  "/api/v1/jobs": {
   "get": {
    "summary": "The tenant's jobs, of one campaign or all",
    "tags": [
     "campaigns"
    ],
    "operationId": "listJobs",
    "responses": {
     "200": {
      "description": "a page of jobs",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/Job"
           }
          },
          "nextCursor": {
           "type": [
            "string",
            "null"
           ]
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "campaign",
      "in": "query",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "limit",
      "in": "query",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 1000
      }
     },
     {
      "name": "cursor",
      "in": "query",
      "schema": {
       "type": "string",
       "pattern": "^c([0-9a-f]{1,15}|[0-7][0-9a-f]{15})$"
      }
     }
    ]
   }
  },
  "/api/v1/jobs/{id}": {
   "get": {
    "summary": "One job with its live counters",
    "tags": [
     "campaigns"
    ],
    "operationId": "getJob",
    "responses": {
     "200": {
      "description": "the job",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Job"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the job's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   }
  },
  "/api/v1/jobs/{id}/stop": {
   "post": {
    "summary": "Stop a job: no new leases; stopped once the leases out are answered or expired",
    "tags": [
     "campaigns"
    ],
    "operationId": "stopJob",
    "responses": {
     "200": {
      "description": "the job",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Job"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the job's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   }
  },
  "/api/v1/jobs/{id}/churn": {
   "post": {
    "summary": "Select a running job's contacts again from its lists and filter, as a process",
    "tags": [
     "campaigns"
    ],
    "operationId": "churnJob",
    "responses": {
     "202": {
      "description": "the churn process",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Process"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the job's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   }
  },
  "/api/v1/jobs/{id}/events": {
   "get": {
    "summary": "The job as Server-Sent Events: at once, then on every change, an end event when it ends",
    "tags": [
     "campaigns"
    ],
    "operationId": "jobEvents",
    "responses": {
     "200": {
      "description": "event: job|end, data: the job",
      "content": {
       "text/event-stream": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the job's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   }
  },
  "/api/v1/attempts/{id}": {
   "get": {
    "summary": "One attempt with its evidence",
    "tags": [
     "dispatch"
    ],
    "operationId": "getAttempt",
    "responses": {
     "200": {
      "description": "the attempt",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Attempt"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the attempt's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   }
  },
  "/api/v1/attempts/{id}/result": {
   "post": {
    "summary": "Post an attempt's result; the same again answers the same, another is a conflict",
    "tags": [
     "dispatch"
    ],
    "operationId": "postAttemptResult",
    "responses": {
     "200": {
      "description": "what the result led to",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Outcome"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the attempt's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/ResultInput"
       }
      }
     }
    }
   }
  },
  "/api/v1/attempts/{id}/extend": {
   "post": {
    "summary": "Lengthen a lease",
    "tags": [
     "dispatch"
    ],
    "operationId": "extendAttempt",
    "responses": {
     "200": {
      "description": "the attempt",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Attempt"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the attempt's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "type": "object",
        "required": [
         "ttlSeconds"
        ],
        "additionalProperties": false,
        "properties": {
         "ttlSeconds": {
          "type": "integer",
          "minimum": 5,
          "maximum": 86400
         }
        }
       }
      }
     }
    }
   }
  },
  "/api/v1/attempts/{id}/release": {
   "post": {
    "summary": "Give a lease back unattempted",
    "tags": [
     "dispatch"
    ],
    "operationId": "releaseAttempt",
    "responses": {
     "200": {
      "description": "the attempt",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Attempt"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    },
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the attempt's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ]
   }
  },
  "/api/v1/callbacks": {
   "get": {
    "summary": "Search the tenant's callbacks (seed 003's filters), 1000 at a time",
    "tags": [
     "callbacks"
    ],
    "operationId": "searchCallbacks",
    "parameters": [
     {
      "name": "campaignId",
      "in": "query",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      },
      "description": "the campaign"
     },
     {
      "name": "contactName",
      "in": "query",
      "schema": {
       "type": "string",
       "maxLength": 200
      },
      "description": "every word found in the contact's name"
     },
     {
      "name": "lastAgent",
      "in": "query",
      "schema": {
       "type": "string"
      },
      "description": "the last handling agent"
     },
     {
      "name": "agent",
      "in": "query",
      "schema": {
       "type": "string"
      },
      "description": "the next targeted agent"
     },
     {
      "name": "state",
      "in": "query",
      "schema": {
       "type": "string",
       "pattern": "^(scheduled|due|delayed|expired|closed)(,(scheduled|due|delayed|expired|closed))*$"
      },
      "description": "states, separated by commas"
     },
     {
      "name": "type",
      "in": "query",
      "schema": {
       "type": "string",
       "pattern": "^(unspecified|requested_from_agent|requested_in_queue|requested_on_web|scheduled_by_agent|scheduled_by_user|scheduled_by_import|lost_request|requested_in_ivr)(,(unspecified|requested_from_agent|requested_in_queue|requested_on_web|scheduled_by_agent|scheduled_by_user|scheduled_by_import|lost_request|requested_in_ivr))*$"
      },
      "description": "types, separated by commas"
     },
     {
      "name": "preference",
      "in": "query",
      "schema": {
       "type": "string",
       "enum": [
        "anyone",
        "prefer_agent",
        "only_agent",
        "other_agent"
       ]
      },
      "description": "the preference type"
     },
     {
      "name": "dueFrom",
      "in": "query",
      "schema": {
       "type": "string",
       "format": "date-time"
      },
      "description": "due at or after"
     },
     {
      "name": "dueTo",
      "in": "query",
      "schema": {
       "type": "string",
       "format": "date-time"
      },
      "description": "due before"
     },
     {
      "name": "limit",
      "in": "query",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 1000
      },
      "description": "at most this many; 1000 by default"
     },
     {
      "name": "cursor",
      "in": "query",
      "schema": {
       "type": "string",
       "pattern": "^c([0-9a-f]{1,15}|[0-7][0-9a-f]{15})$"
      },
      "description": "the nextCursor of the page before: load more"
     }
    ],
    "responses": {
     "200": {
      "description": "a page of callbacks",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/Callback"
           }
          },
          "nextCursor": {
           "type": [
            "string",
            "null"
           ]
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     }
    }
   },
   "post": {
    "summary": "Make a callback for a contact of one of the campaign's lists",
    "tags": [
     "callbacks"
    ],
    "operationId": "createCallback",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/CallbackInput"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "the callback",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Callback"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/callbacks/reassign": {
   "post": {
    "summary": "Give open callbacks to an agent",
    "tags": [
     "callbacks"
    ],
    "operationId": "reassignCallbacks",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/CallbackReassign"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "the callbacks",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Callbacks"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/callbacks/close": {
   "post": {
    "summary": "Close a selection of open callbacks",
    "tags": [
     "callbacks"
    ],
    "operationId": "closeCallbacks",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/CallbackSelection"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "the callbacks",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Callbacks"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/callbacks/{id}": {
   "get": {
    "summary": "One callback",
    "tags": [
     "callbacks"
    ],
    "operationId": "getCallback",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the callback's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "responses": {
     "200": {
      "description": "the callback",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Callback"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/callbacks/{id}/move": {
   "post": {
    "summary": "Change an open callback's time, also to now",
    "tags": [
     "callbacks"
    ],
    "operationId": "moveCallback",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the callback's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/CallbackMove"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "the callback",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Callback"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/callbacks/{id}/close": {
   "post": {
    "summary": "Close an open callback",
    "tags": [
     "callbacks"
    ],
    "operationId": "closeCallback",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the callback's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "responses": {
     "200": {
      "description": "the callback",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Callback"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/campaigns/{id}/callbacks/close": {
   "post": {
    "summary": "Close the campaign's callback sessions: every open callback",
    "tags": [
     "callbacks"
    ],
    "operationId": "closeCampaignCallbacks",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the campaign's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "responses": {
     "200": {
      "description": "how many closed",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "closed"
         ],
         "properties": {
          "closed": {
           "type": "integer"
          }
         }
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/gateways": {
   "get": {
    "summary": "The tenant's SMS and email gateways, without secrets",
    "tags": [
     "messaging"
    ],
    "operationId": "listGateways",
    "parameters": [
     {
      "name": "limit",
      "in": "query",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 1000
      }
     },
     {
      "name": "cursor",
      "in": "query",
      "schema": {
       "type": "string",
       "pattern": "^c([0-9a-f]{1,15}|[0-7][0-9a-f]{15})$"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "a page of gateways",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "items"
         ],
         "properties": {
          "items": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/Gateway"
           }
          },
          "nextCursor": {
           "type": [
            "string",
            "null"
           ]
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     }
    }
   },
   "post": {
    "summary": "Add a gateway; its webhook secret (and a Kannel get-url) is shown once",
    "tags": [
     "messaging"
    ],
    "operationId": "createGateway",
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/GatewayInput"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "the gateway, with its webhook secret",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Gateway"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/api/v1/gateways/{id}": {
   "get": {
    "summary": "One gateway, without secrets",
    "tags": [
     "messaging"
    ],
    "operationId": "getGateway",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the gateway's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "responses": {
     "200": {
      "description": "the gateway",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Gateway"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   },
   "put": {
    "summary": "Replace a gateway's name and settings; secrets left out stay",
    "tags": [
     "messaging"
    ],
    "operationId": "replaceGateway",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the gateway's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "If-Match",
      "in": "header",
      "required": false,
      "schema": {
       "type": "string",
       "pattern": "^(W/)?(\"[1-9][0-9]{0,17}\"|[1-9][0-9]{0,17})$"
      },
      "description": "the version the change is based on, as returned in ETag; a stale one answers 412"
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/GatewayInput"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "the gateway",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Gateway"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     },
     "412": {
      "$ref": "#/components/responses/Problem"
     }
    }
   },
   "delete": {
    "summary": "Delete a gateway no campaign sends with",
    "tags": [
     "messaging"
    ],
    "operationId": "deleteGateway",
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "description": "the gateway's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    ],
    "responses": {
     "204": {
      "description": "deleted"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "403": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/webhooks/kannel/{gatewayId}/delivery": {
   "get": {
    "summary": "Kannel's dlr-url: a delivery report on one message",
    "tags": [
     "messaging"
    ],
    "operationId": "kannelDelivery",
    "security": [],
    "parameters": [
     {
      "name": "gatewayId",
      "in": "path",
      "required": true,
      "description": "the gateway's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "attempt",
      "in": "query",
      "required": true,
      "description": "the attempt the message was",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "token",
      "in": "query",
      "required": true,
      "description": "the URL's token, made by Leadline",
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "type",
      "in": "query",
      "required": true,
      "description": "Kannel's report type (%d): 1 delivered, 2 undelivered, 16 rejected; others change nothing",
      "schema": {
       "type": "integer"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "taken",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/WebhookAnswer"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/webhooks/kannel/{gatewayId}/inbound": {
   "get": {
    "summary": "A Kannel sms-service's get-url: a message from a handset",
    "tags": [
     "messaging"
    ],
    "operationId": "kannelInbound",
    "security": [],
    "parameters": [
     {
      "name": "gatewayId",
      "in": "path",
      "required": true,
      "description": "the gateway's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "token",
      "in": "query",
      "required": true,
      "description": "the URL's token, made by Leadline",
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "from",
      "in": "query",
      "required": true,
      "description": "the sender (%p)",
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "text",
      "in": "query",
      "required": false,
      "description": "the message (%a)",
      "schema": {
       "type": "string"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "taken; the empty answer sends nothing back"
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/webhooks/gateways/{gatewayId}/delivery": {
   "post": {
    "summary": "A signed delivery report or bounce",
    "tags": [
     "messaging"
    ],
    "operationId": "signedDelivery",
    "security": [],
    "parameters": [
     {
      "name": "gatewayId",
      "in": "path",
      "required": true,
      "description": "the gateway's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "X-Leadline-Signature",
      "in": "header",
      "required": true,
      "schema": {
       "type": "string"
      },
      "description": "t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\" under the gateway's webhook secret>; at most 300 seconds old; each taken once"
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "type": "object",
        "required": [
         "reference",
         "status"
        ],
        "properties": {
         "reference": {
          "type": "string",
          "description": "the attempt id the message was sent with"
         },
         "status": {
          "type": "string",
          "enum": [
           "delivered",
           "undelivered",
           "rejected",
           "bounced"
          ]
         }
        }
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "taken",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/WebhookAnswer"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/webhooks/gateways/{gatewayId}/inbound": {
   "post": {
    "summary": "A signed reply from a number or address",
    "tags": [
     "messaging"
    ],
    "operationId": "signedInbound",
    "security": [],
    "parameters": [
     {
      "name": "gatewayId",
      "in": "path",
      "required": true,
      "description": "the gateway's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "X-Leadline-Signature",
      "in": "header",
      "required": true,
      "schema": {
       "type": "string"
      },
      "description": "t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\" under the gateway's webhook secret>; at most 300 seconds old; each taken once"
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "type": "object",
        "required": [
         "from",
         "text"
        ],
        "properties": {
         "from": {
          "type": "string",
          "description": "E.164 number or email address"
         },
         "text": {
          "type": "string",
          "maxLength": 10000
         }
        }
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "taken",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/WebhookAnswer"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Problem"
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     },
     "409": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  },
  "/unsubscribe/{gatewayId}/{attemptId}": {
   "get": {
    "summary": "An email's unsubscribe link, opened: a page with one button",
    "tags": [
     "messaging"
    ],
    "operationId": "unsubscribePage",
    "security": [],
    "parameters": [
     {
      "name": "gatewayId",
      "in": "path",
      "required": true,
      "description": "the gateway's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "attemptId",
      "in": "path",
      "required": true,
      "description": "the attempt the email was",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "token",
      "in": "query",
      "required": true,
      "description": "the link's token, made by Leadline",
      "schema": {
       "type": "string"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "the page",
      "content": {
       "text/html": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     }
    }
   },
   "post": {
    "summary": "One-click unsubscribe (RFC 8058): the address on the tenant's email blacklist",
    "tags": [
     "messaging"
    ],
    "operationId": "unsubscribe",
    "security": [],
    "parameters": [
     {
      "name": "gatewayId",
      "in": "path",
      "required": true,
      "description": "the gateway's id",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "attemptId",
      "in": "path",
      "required": true,
      "description": "the attempt the email was",
      "schema": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     {
      "name": "token",
      "in": "query",
      "required": true,
      "description": "the link's token, made by Leadline",
      "schema": {
       "type": "string"
      }
     }
    ],
    "requestBody": {
     "required": false,
     "content": {
      "application/x-www-form-urlencoded": {
       "schema": {
        "type": "object",
        "properties": {
         "List-Unsubscribe": {
          "type": "string"
         }
        }
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "unsubscribed",
      "content": {
       "text/html": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Problem"
     },
     "404": {
      "$ref": "#/components/responses/Problem"
     }
    }
   }
  }
 },
 "components": {
  "securitySchemes": {
   "bearer": {
    "type": "http",
    "scheme": "bearer"
   }
  },
  "responses": {
   "Problem": {
    "description": "a problem document naming the field and the reason",
    "content": {
     "application/problem+json": {
      "schema": {
       "$ref": "#/components/schemas/Problem"
      }
     }
    }
   }
  },
  "schemas": {
   "Health": {
    "type": "object",
    "properties": {
     "status": {
      "type": "string"
     },
     "engine": {
      "type": "string",
      "enum": [
       "sqlite",
       "postgres"
      ]
     }
    }
   },
   "Problem": {
    "type": "object",
    "required": [
     "type",
     "title",
     "status",
     "detail"
    ],
    "properties": {
     "type": {
      "type": "string"
     },
     "title": {
      "type": "string"
     },
     "status": {
      "type": "integer"
     },
     "detail": {
      "type": "string"
     },
     "errors": {
      "type": "array",
      "items": {
       "type": "object",
       "required": [
        "field",
        "reason"
       ],
       "properties": {
        "field": {
         "type": "string"
        },
        "reason": {
         "type": "string"
        }
       }
      }
     },
     "nextFreeAt": {
      "type": "string",
      "format": "date-time",
      "description": "for a callback beyond its campaign's interval limit, the first time one fits"
     }
    }
   },
   "Tenant": {
    "type": "object",
    "required": [
     "id",
     "name",
     "createdAt"
    ],
    "properties": {
     "id": {
      "type": "integer",
      "format": "int64"
     },
     "name": {
      "type": "string"
     },
     "createdAt": {
      "type": "string",
      "format": "date-time"
     },
     "defaultRegion": {
      "type": [
       "string",
       "null"
      ],
      "description": "region of numbers written without a country code in lists that name none"
     }
    }
   },
   "TenantInput": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "name"
    ],
    "properties": {
     "name": {
      "type": "string",
      "minLength": 1,
      "maxLength": 100
     },
     "defaultRegion": {
      "type": [
       "string",
       "null"
      ],
      "pattern": "^([A-Z]{2})?$",
      "description": "ISO 3166 code with a numbering plan; absent or null for US, empty for none"
     }
    }
   },
   "Role": {
    "type": "string",
    "enum": [
     "admin",
     "supervisor",
     "agent"
    ]
   },
   "Token": {
    "type": "object",
    "required": [
     "id",
     "tenantId",
     "name",
     "role",
     "systemAdministrator",
     "createdAt"
    ],
    "properties": {
     "id": {
      "type": "integer",
      "format": "int64"
     },
     "tenantId": {
      "type": "integer",
      "format": "int64"
     },
     "name": {
      "type": "string"
     },
     "role": {
      "$ref": "#/components/schemas/Role"
     },
     "systemAdministrator": {
      "type": "boolean"
     },
     "createdAt": {
      "type": "string",
      "format": "date-time"
     },
     "revokedAt": {
      "type": "string",
      "format": "date-time"
     },
     "secret": {
      "type": "string",
      "description": "only in the answer that created the token"
     }
    }
   },
   "TokenInput": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "name",
     "role"
    ],
    "properties": {
     "name": {
      "type": "string",
      "minLength": 1,
      "maxLength": 100
     },
     "role": {
      "$ref": "#/components/schemas/Role"
     },
     "tenantId": {
      "type": [
       "integer",
       "null"
      ],
      "format": "int64",
      "minimum": 1
     },
     "systemAdministrator": {
      "type": [
       "boolean",
       "null"
      ]
     }
    }
   },
   "FieldType": {
    "type": "string",
    "enum": [
     "text",
     "integer",
     "decimal",
     "boolean",
     "date",
     "datetime",
     "choice",
     "email",
     "phone"
    ]
   },
   "Field": {
    "type": "object",
    "required": [
     "name",
     "displayName",
     "type",
     "validValues",
     "required",
     "unique",
     "multiLine"
    ],
    "properties": {
     "id": {
      "type": "integer",
      "format": "int64"
     },
     "name": {
      "type": "string",
      "pattern": "^[a-z][a-z0-9_]{0,62}$"
     },
     "displayName": {
      "type": "string"
     },
     "type": {
      "$ref": "#/components/schemas/FieldType"
     },
     "size": {
      "type": "integer"
     },
     "validValues": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "required": {
      "type": "boolean"
     },
     "unique": {
      "type": "boolean"
     },
     "multiLine": {
      "type": "boolean"
     },
     "version": {
      "type": "integer"
     },
     "createdAt": {
      "type": "string",
      "format": "date-time"
     },
     "updatedAt": {
      "type": "string",
      "format": "date-time"
     }
    }
   },
   "FieldInput": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "name": {
      "type": [
       "string",
       "null"
      ],
      "pattern": "^[a-z][a-z0-9_]{0,62}$"
     },
     "displayName": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 100
     },
     "type": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/FieldType"
       },
       {
        "type": "null"
       }
      ]
     },
     "size": {
      "type": [
       "integer",
       "null"
      ],
      "minimum": 1,
      "maximum": 10000
     },
     "validValues": {
      "type": [
       "array",
       "null"
      ],
      "items": {
       "type": "string"
      }
     },
     "required": {
      "type": [
       "boolean",
       "null"
      ]
     },
     "unique": {
      "type": [
       "boolean",
       "null"
      ]
     },
     "multiLine": {
      "type": [
       "boolean",
       "null"
      ]
     }
    }
   },
   "DedupKey": {
    "type": "string",
    "description": "external_id, phone, email or field:NAME",
    "pattern": "^(external_id|phone|email|field:[a-z][a-z0-9_]*)$"
   },
   "List": {
    "type": "object",
    "required": [
     "id",
     "tenantId",
     "name",
     "description",
     "owner",
     "timeZone",
     "enabled",
     "dedupKey",
     "sharedWith",
     "schema",
     "version",
     "createdAt",
     "updatedAt",
     "keepInvalidNumbers",
     "access"
    ],
    "properties": {
     "id": {
      "type": "integer",
      "format": "int64"
     },
     "tenantId": {
      "type": "integer",
      "format": "int64"
     },
     "name": {
      "type": "string"
     },
     "description": {
      "type": "string"
     },
     "owner": {
      "type": "string"
     },
     "timeZone": {
      "type": "string"
     },
     "defaultRegion": {
      "type": [
       "string",
       "null"
      ]
     },
     "enabled": {
      "type": "boolean"
     },
     "dedupKey": {
      "$ref": "#/components/schemas/DedupKey"
     },
     "sharedWith": {
      "type": "array",
      "description": "the owner's offers; empty to the tenants the list is shared with",
      "items": {
       "$ref": "#/components/schemas/ListShare"
      }
     },
     "schema": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Field"
      }
     },
     "version": {
      "type": "integer"
     },
     "createdAt": {
      "type": "string",
      "format": "date-time"
     },
     "updatedAt": {
      "type": "string",
      "format": "date-time"
     },
     "keepInvalidNumbers": {
      "type": "boolean",
      "description": "invalid numbers are kept, excluded, instead of refusing the contact"
     },
     "access": {
      "type": "string",
      "enum": [
       "owner",
       "read",
       "write"
      ],
      "description": "how the viewing tenant stands to the list"
     },
     "locale": {
      "type": [
       "string",
       "null"
      ]
     },
     "dateOrder": {
      "type": [
       "string",
       "null"
      ],
      "enum": [
       "mdy",
       "dmy",
       "ymd",
       null
      ]
     }
    }
   },
   "ListInput": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "name": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 100,
      "minLength": 1
     },
     "description": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 2000
     },
     "owner": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 100
     },
     "timeZone": {
      "type": [
       "string",
       "null"
      ],
      "description": "IANA time zone"
     },
     "defaultRegion": {
      "type": [
       "string",
       "null"
      ],
      "description": "ISO 3166 region whose numbering plan reads numbers written without a country code; empty to clear"
     },
     "enabled": {
      "type": [
       "boolean",
       "null"
      ]
     },
     "dedupKey": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/DedupKey"
       },
       {
        "type": "null"
       }
      ]
     },
     "sharedWith": {
      "type": [
       "array",
       "null"
      ],
      "maxItems": 1000,
      "description": "tenants to offer the list to; a bare id offers reading",
      "items": {
       "oneOf": [
        {
         "type": "integer",
         "format": "int64",
         "minimum": 1
        },
        {
         "$ref": "#/components/schemas/ShareGrant"
        }
       ]
      }
     },
     "keepInvalidNumbers": {
      "type": [
       "boolean",
       "null"
      ]
     },
     "locale": {
      "type": [
       "string",
       "null"
      ],
      "description": "the language (and region) whose way of writing numbers a file's cells follow, such as de for 1.595,75; empty for English"
     },
     "dateOrder": {
      "type": [
       "string",
       "null"
      ],
      "enum": [
       "mdy",
       "dmy",
       "ymd",
       "",
       null
      ],
      "description": "order of numeric dates in a file's cells; empty for the usual order of the list's region (mdy in the US, dmy elsewhere)"
     }
    }
   },
   "ContactStatus": {
    "type": "string",
    "enum": [
     "remaining",
     "processing",
     "callback",
     "postponed",
     "closed",
     "inactive"
    ]
   },
   "PhoneType": {
    "type": "string",
    "enum": [
     "unknown",
     "mobile",
     "fixed_line",
     "fixed_line_or_mobile",
     "toll_free",
     "premium_rate",
     "shared_cost",
     "voip",
     "personal_number",
     "pager",
     "uan",
     "voicemail"
    ]
   },
   "PhoneState": {
    "type": "string",
    "enum": [
     "active",
     "inactive",
     "excluded",
     "blocked"
    ]
   },
   "Phone": {
    "type": "object",
    "required": [
     "raw",
     "e164",
     "type",
     "state",
     "retryCount"
    ],
    "properties": {
     "raw": {
      "type": "string"
     },
     "e164": {
      "type": "string",
      "description": "empty for an invalid number the list keeps"
     },
     "type": {
      "$ref": "#/components/schemas/PhoneType"
     },
     "state": {
      "$ref": "#/components/schemas/PhoneState"
     },
     "retryCount": {
      "type": "integer"
     },
     "problem": {
      "type": "string",
      "enum": [
       "not_a_number",
       "invalid_country_code",
       "too_short",
       "too_long",
       "invalid_length"
      ],
      "description": "why a kept invalid number could not be read"
     },
     "extension": {
      "type": [
       "string",
       "null"
      ],
      "description": "digits dialled once the line answers (ext. 45), kept apart from E.164"
     }
    }
   },
   "PhoneInput": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "number"
    ],
    "properties": {
     "number": {
      "type": "string",
      "description": "as people write it; without a country code it is read in the list's default region"
     },
     "type": {
      "$ref": "#/components/schemas/PhoneType"
     },
     "state": {
      "$ref": "#/components/schemas/PhoneState"
     }
    }
   },
   "Contact": {
    "type": "object",
    "required": [
     "id",
     "listId",
     "emails",
     "phones",
     "callingZones",
     "priority",
     "status",
     "reasonCodes",
     "custom",
     "version",
     "createdAt",
     "updatedAt"
    ],
    "properties": {
     "id": {
      "type": "integer",
      "format": "int64"
     },
     "listId": {
      "type": "integer",
      "format": "int64"
     },
     "externalId": {
      "type": [
       "string",
       "null"
      ]
     },
     "firstName": {
      "type": [
       "string",
       "null"
      ]
     },
     "lastName": {
      "type": [
       "string",
       "null"
      ]
     },
     "emails": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "phones": {
      "type": "array",
      "maxItems": 10,
      "items": {
       "$ref": "#/components/schemas/Phone"
      }
     },
     "timeZone": {
      "type": [
       "string",
       "null"
      ]
     },
     "state": {
      "type": [
       "string",
       "null"
      ],
      "description": "US state or Canadian province, ISO 3166-2 (US-TX, CA-QC)"
     },
     "callingZones": {
      "type": "array",
      "items": {
       "type": "string"
      },
      "description": "The zones the contact may be in: its own zone, else its state's, else its numbers', else the list's. It may be called only when every one allows it."
     },
     "priority": {
      "type": "integer",
      "minimum": 1,
      "maximum": 10
     },
     "status": {
      "$ref": "#/components/schemas/ContactStatus"
     },
     "reasonCodes": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "custom": {
      "type": "object",
      "additionalProperties": true
     },
     "version": {
      "type": "integer"
     },
     "createdAt": {
      "type": "string",
      "format": "date-time"
     },
     "updatedAt": {
      "type": "string",
      "format": "date-time"
     },
     "history": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/HistoryEvent"
      }
     }
    }
   },
   "ContactInput": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "externalId": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 100
     },
     "firstName": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 100
     },
     "lastName": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 100
     },
     "emails": {
      "type": [
       "array",
       "null"
      ],
      "maxItems": 10,
      "items": {
       "type": "string",
       "format": "email"
      }
     },
     "phones": {
      "type": [
       "array",
       "null"
      ],
      "maxItems": 10,
      "items": {
       "$ref": "#/components/schemas/PhoneInput"
      }
     },
     "timeZone": {
      "type": [
       "string",
       "null"
      ]
     },
     "state": {
      "type": [
       "string",
       "null"
      ],
      "description": "US state or Canadian province: TX, US-TX, QC or CA-QC; empty clears it"
     },
     "priority": {
      "type": [
       "integer",
       "null"
      ],
      "minimum": 1,
      "maximum": 10
     },
     "status": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/ContactStatus"
       },
       {
        "type": "null"
       }
      ]
     },
     "reasonCodes": {
      "type": [
       "array",
       "null"
      ],
      "maxItems": 20,
      "items": {
       "type": "string",
       "minLength": 1,
       "maxLength": 50
      }
     },
     "custom": {
      "type": [
       "object",
       "null"
      ],
      "description": "values by field name, typed by the list's schema; null removes a value",
      "additionalProperties": true
     }
    }
   },
   "HistoryEvent": {
    "type": "object",
    "required": [
     "id",
     "at",
     "actor",
     "kind",
     "changes"
    ],
    "properties": {
     "id": {
      "type": "integer",
      "format": "int64"
     },
     "at": {
      "type": "string",
      "format": "date-time"
     },
     "actor": {
      "type": "string"
     },
     "kind": {
      "type": "string",
      "enum": [
       "created",
       "imported",
       "updated",
       "status_changed",
       "attempt",
       "result",
       "callback",
       "moved"
      ]
     },
     "changes": {
      "type": "array",
      "items": {
       "type": "object",
       "required": [
        "field",
        "from",
        "to"
       ],
       "properties": {
        "field": {
         "type": "string"
        },
        "from": {},
        "to": {}
       }
      }
     }
    }
   },
   "Process": {
    "type": "object",
    "required": [
     "id",
     "listId",
     "kind",
     "state",
     "startedBy",
     "scheduledAt",
     "progress",
     "counts",
     "details",
     "cancelRequested",
     "settings",
     "createdAt"
    ],
    "properties": {
     "id": {
      "type": "integer",
      "format": "int64"
     },
     "listId": {
      "type": "integer",
      "format": "int64"
     },
     "kind": {
      "type": "string",
      "enum": [
       "import",
       "export",
       "delete",
       "status_change",
       "list_operation",
       "campaign_export",
       "churn"
      ]
     },
     "state": {
      "type": "string",
      "enum": [
       "pending",
       "running",
       "finished",
       "failed",
       "cancelled"
      ]
     },
     "startedBy": {
      "type": "string"
     },
     "scheduledAt": {
      "type": "string",
      "format": "date-time"
     },
     "startedAt": {
      "type": [
       "string",
       "null"
      ],
      "format": "date-time"
     },
     "endedAt": {
      "type": [
       "string",
       "null"
      ],
      "format": "date-time"
     },
     "progress": {
      "type": "integer",
      "minimum": 0,
      "maximum": 100
     },
     "counts": {
      "type": "object",
      "properties": {
       "read": {
        "type": "integer"
       },
       "inserted": {
        "type": "integer"
       },
       "updated": {
        "type": "integer"
       },
       "unchanged": {
        "type": "integer"
       },
       "deleted": {
        "type": "integer"
       },
       "rejected": {
        "type": "integer"
       },
       "duplicates": {
        "type": "integer"
       },
       "exported": {
        "type": "integer"
       },
       "skipped": {
        "type": "integer",
        "description": "contacts a delete or status change left alone because they were in progress"
       },
       "excluded": {
        "type": "integer",
        "description": "contacts the management tool left out because an excluded list holds them"
       },
       "folded": {
        "type": "integer",
        "description": "numbers and addresses a row repeated in another of its columns, kept once"
       }
      }
     },
     "fileName": {
      "type": [
       "string",
       "null"
      ]
     },
     "file": {
      "type": [
       "string",
       "null"
      ],
      "description": "where the rejected rows or the export can be downloaded"
     },
     "details": {
      "type": "string"
     },
     "cancelRequested": {
      "type": "boolean"
     },
     "settings": {
      "description": "what the process runs with: its kind beside the settings of that kind, named as the request that started it named them",
      "oneOf": [
       {
        "type": "object",
        "required": [
         "kind"
        ],
        "properties": {
         "kind": {
          "const": "import"
         }
        },
        "description": "kind, beside the properties of ImportSettings"
       },
       {
        "type": "object",
        "required": [
         "kind"
        ],
        "properties": {
         "kind": {
          "const": "export"
         }
        },
        "description": "kind, beside the properties of ExportSettings (status, not statuses), with directory for a scheduled export"
       },
       {
        "type": "object",
        "required": [
         "kind"
        ],
        "properties": {
         "kind": {
          "const": "delete"
         },
         "filter": {
          "description": "the contacts it works on: a filter in the JSON form"
         },
         "change": {
          "type": [
           "object",
           "null"
          ],
          "description": "for a status change: the status set and what else is cleared"
         }
        },
        "description": "a bulk delete"
       },
       {
        "type": "object",
        "required": [
         "kind"
        ],
        "properties": {
         "kind": {
          "const": "status_change"
         },
         "filter": {
          "description": "the contacts it works on: a filter in the JSON form"
         },
         "change": {
          "type": [
           "object",
           "null"
          ],
          "description": "for a status change: the status set and what else is cleared"
         }
        },
        "description": "a status change"
       },
       {
        "type": "object",
        "required": [
         "kind"
        ],
        "properties": {
         "kind": {
          "const": "list_operation"
         }
        },
        "description": "kind, beside the properties of ListOperationInput"
       },
       {
        "type": "object",
        "required": [
         "kind",
         "campaignId",
         "jobId"
        ],
        "properties": {
         "kind": {
          "const": "campaign_export"
         },
         "campaignId": {
          "type": "integer"
         },
         "jobId": {
          "type": "integer"
         }
        },
        "description": "a campaign's export of its latest job"
       },
       {
        "type": "object",
        "required": [
         "kind",
         "campaignId",
         "jobId"
        ],
        "properties": {
         "kind": {
          "const": "churn"
         },
         "campaignId": {
          "type": "integer"
         },
         "jobId": {
          "type": "integer"
         }
        },
        "description": "a running job's contacts selected again"
       }
      ]
     },
     "createdAt": {
      "type": "string",
      "format": "date-time"
     },
     "queuePlace": {
      "type": "integer",
      "minimum": 1,
      "description": "a pending process's place among its tenant's waiting processes; tenants take turns"
     }
    }
   },
   "ImportPreview": {
    "type": "object",
    "required": [
     "separator",
     "header",
     "encoding",
     "columns",
     "rows",
     "unmappedColumns",
     "proposedFields",
     "region"
    ],
    "properties": {
     "separator": {
      "type": "string"
     },
     "header": {
      "type": "boolean"
     },
     "encoding": {
      "type": "string"
     },
     "columns": {
      "type": "array",
      "items": {
       "type": "object",
       "required": [
        "name"
       ],
       "properties": {
        "name": {
         "type": "string"
        },
        "target": {
         "type": [
          "string",
          "null"
         ]
        }
       }
      }
     },
     "rows": {
      "type": "array",
      "items": {
       "type": "object",
       "required": [
        "line",
        "errors"
       ],
       "properties": {
        "line": {
         "type": "integer"
        },
        "contact": {
         "type": [
          "object",
          "null"
         ]
        },
        "errors": {
         "type": "array",
         "items": {
          "type": "object",
          "required": [
           "reason"
          ],
          "properties": {
           "column": {
            "type": [
             "string",
             "null"
            ]
           },
           "reason": {
            "type": "string"
           }
          }
         }
        }
       }
      }
     },
     "unmappedColumns": {
      "type": "array",
      "items": {
       "type": "string"
      },
      "description": "the file's columns that fill nothing of the list, which the import leaves out unless createFields"
     },
     "proposedFields": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Field"
      },
      "description": "the fields createFields adds for them, typed from the file"
     },
     "region": {
      "type": "string",
      "description": "how numbers without a country code are read, and where the region came from"
     }
    }
   },
   "ExportInput": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "separator": {
      "type": [
       "string",
       "null"
      ]
     },
     "header": {
      "type": [
       "boolean",
       "null"
      ]
     },
     "encoding": {
      "type": [
       "string",
       "null"
      ],
      "enum": [
       "utf8",
       "utf8-bom",
       "utf16le",
       null
      ]
     },
     "fields": {
      "oneOf": [
       {
        "type": "array",
        "items": {
         "type": "string"
        }
       },
       {
        "type": "string",
        "description": "comma-separated"
       },
       {
        "type": "null"
       }
      ]
     },
     "statuses": {
      "type": [
       "array",
       "null"
      ],
      "items": {
       "$ref": "#/components/schemas/ContactStatus"
      },
      "deprecated": true,
      "description": "the former name of status"
     },
     "scheduledAt": {
      "type": [
       "string",
       "null"
      ],
      "format": "date-time"
     },
     "filter": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/Filter"
       },
       {
        "type": "null"
       }
      ]
     },
     "status": {
      "oneOf": [
       {
        "type": "array",
        "items": {
         "$ref": "#/components/schemas/ContactStatus"
        }
       },
       {
        "type": "string",
        "description": "comma-separated"
       },
       {
        "type": "null"
       }
      ]
     }
    }
   },
   "MappingTemplate": {
    "type": "object",
    "required": [
     "name",
     "mapping",
     "createdAt",
     "updatedAt"
    ],
    "properties": {
     "name": {
      "type": "string"
     },
     "mapping": {
      "type": "object",
      "additionalProperties": {
       "type": "string"
      }
     },
     "createdAt": {
      "type": "string",
      "format": "date-time"
     },
     "updatedAt": {
      "type": "string",
      "format": "date-time"
     }
    }
   },
   "DataSourceLocation": {
    "type": "object",
    "required": [
     "kind"
    ],
    "additionalProperties": false,
    "description": "file: a path or glob under the opened folders (LEADLINE_IMPORT_DIRS); directory: a folder and a pattern where $rdatetime$ picks the newest yyyyMMddHHmmss stamp; query: a read-only SQL query of at most 4000 characters on an external PostgreSQL",
    "properties": {
     "kind": {
      "type": "string",
      "enum": [
       "file",
       "directory",
       "query"
      ]
     },
     "path": {
      "type": "string"
     },
     "pattern": {
      "type": "string"
     },
     "url": {
      "type": "string"
     },
     "sql": {
      "type": "string",
      "maxLength": 4000
     }
    }
   },
   "Schedule": {
    "type": "object",
    "required": [
     "kind"
    ],
    "additionalProperties": false,
    "properties": {
     "kind": {
      "type": "string",
      "enum": [
       "once",
       "daily",
       "weekly",
       "monthly"
      ]
     },
     "time": {
      "type": "string",
      "description": "HH:mm"
     },
     "timeZone": {
      "type": "string"
     },
     "weekday": {
      "type": "string",
      "enum": [
       "sunday",
       "monday",
       "tuesday",
       "wednesday",
       "thursday",
       "friday",
       "saturday"
      ]
     },
     "weekdays": {
      "type": "array",
      "description": "several days of a weekly schedule, instead of weekday",
      "minItems": 1,
      "items": {
       "type": "string",
       "enum": [
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday"
       ]
      }
     },
     "day": {
      "type": "integer",
      "minimum": 1,
      "maximum": 31
     },
     "at": {
      "type": "string",
      "format": "date-time"
     }
    }
   },
   "ImportSettings": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "separator": {
      "type": "string"
     },
     "hasHeader": {
      "type": "boolean"
     },
     "encoding": {
      "type": "string"
     },
     "mapping": {
      "type": "object",
      "additionalProperties": {
       "type": "string"
      }
     },
     "template": {
      "type": "string"
     },
     "rules": {
      "$ref": "#/components/schemas/ImportRules",
      "description": "the same rules, nested; not together with rules beside the other settings"
     },
     "createFields": {
      "type": "boolean",
      "description": "the file's columns that fill nothing of the list become fields of it first, typed from their cells"
     },
     "churnJobs": {
      "type": "boolean",
      "description": "once the import has finished, the running jobs of the campaigns the list serves select their contacts again"
     },
     "importRule": {
      "$ref": "#/components/schemas/ImportRules/properties/importRule"
     },
     "updateRule": {
      "$ref": "#/components/schemas/ImportRules/properties/updateRule"
     },
     "mergeRule": {
      "$ref": "#/components/schemas/ImportRules/properties/mergeRule"
     },
     "duplicates": {
      "$ref": "#/components/schemas/ImportRules/properties/duplicates"
     },
     "emptyListFirst": {
      "$ref": "#/components/schemas/ImportRules/properties/emptyListFirst"
     },
     "emptyFilter": {
      "$ref": "#/components/schemas/ImportRules/properties/emptyFilter"
     },
     "updateOtherLists": {
      "$ref": "#/components/schemas/ImportRules/properties/updateOtherLists"
     },
     "moveFromOtherLists": {
      "$ref": "#/components/schemas/ImportRules/properties/moveFromOtherLists"
     },
     "resetReuploaded": {
      "$ref": "#/components/schemas/ImportRules/properties/resetReuploaded"
     },
     "blacklist": {
      "$ref": "#/components/schemas/ImportRules/properties/blacklist"
     },
     "emptyCells": {
      "$ref": "#/components/schemas/ImportRules/properties/emptyCells"
     },
     "callbackCampaignId": {
      "type": "integer",
      "format": "int64",
      "minimum": 1,
      "description": "the campaign a callback_at column schedules callbacks in; by default the one campaign that works the list"
     }
    },
    "description": "an import's settings; the rules go beside the other settings, with the same names as the upload's query string (or, as before, under rules)"
   },
   "DataSourceInput": {
    "type": "object",
    "required": [
     "name",
     "listId",
     "location",
     "schedule"
    ],
    "additionalProperties": false,
    "properties": {
     "name": {
      "type": "string"
     },
     "listId": {
      "type": "integer",
      "format": "int64"
     },
     "location": {
      "$ref": "#/components/schemas/DataSourceLocation"
     },
     "settings": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/ImportSettings"
       },
       {
        "type": "null"
       }
      ]
     },
     "schedule": {
      "$ref": "#/components/schemas/Schedule"
     },
     "enabled": {
      "type": [
       "boolean",
       "null"
      ]
     },
     "export": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/ExportSettings"
       },
       {
        "type": "null"
       }
      ]
     }
    }
   },
   "DataSource": {
    "type": "object",
    "required": [
     "id",
     "listId",
     "name",
     "location",
     "schedule",
     "enabled",
     "createdAt"
    ],
    "properties": {
     "id": {
      "type": "integer",
      "format": "int64"
     },
     "listId": {
      "type": "integer",
      "format": "int64"
     },
     "name": {
      "type": "string"
     },
     "location": {
      "$ref": "#/components/schemas/DataSourceLocation"
     },
     "settings": {
      "$ref": "#/components/schemas/ImportSettings"
     },
     "schedule": {
      "$ref": "#/components/schemas/Schedule"
     },
     "enabled": {
      "type": "boolean"
     },
     "nextRunAt": {
      "type": [
       "string",
       "null"
      ],
      "format": "date-time"
     },
     "lastRunAt": {
      "type": [
       "string",
       "null"
      ],
      "format": "date-time"
     },
     "createdAt": {
      "type": "string",
      "format": "date-time"
     },
     "export": {
      "$ref": "#/components/schemas/ExportSettings"
     }
    }
   },
   "ExportSettings": {
    "type": "object",
    "additionalProperties": false,
    "description": "given, the source is a scheduled export writing [list id].export.[yyyyMMddHHmmss].csv into its location's directory",
    "properties": {
     "separator": {
      "type": "string"
     },
     "header": {
      "type": "boolean"
     },
     "encoding": {
      "type": "string",
      "enum": [
       "utf8",
       "utf8-bom",
       "utf16le"
      ]
     },
     "fields": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "statuses": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/ContactStatus"
      },
      "deprecated": true,
      "description": "the former name of status"
     },
     "filter": {
      "$ref": "#/components/schemas/Filter"
     },
     "status": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/ContactStatus"
      }
     }
    }
   },
   "FilterCondition": {
    "type": "object",
    "required": [
     "field",
     "op"
    ],
    "additionalProperties": false,
    "properties": {
     "field": {
      "type": "string",
      "description": "a system field (status, reason_code, priority, created, updated, last_completion_code, attempts, phone_state, phone, email, time_zone, state, list, external_id, first_name, last_name) or a custom field's name (custom.NAME to be explicit)"
     },
     "op": {
      "type": "string",
      "enum": [
       "equals",
       "not_equals",
       "less",
       "less_or_equal",
       "greater",
       "greater_or_equal",
       "between",
       "in",
       "contains",
       "begins_with",
       "ends_with",
       "is_empty",
       "is_not_empty",
       "within",
       "older_than"
      ]
     },
     "value": {
      "type": [
       "string",
       "number",
       "boolean"
      ],
      "description": "the value of a comparison or a text match"
     },
     "values": {
      "type": "array",
      "items": {
       "type": [
        "string",
        "number",
        "boolean"
       ]
      },
      "description": "two values for between, one or more for in"
     },
     "days": {
      "type": "integer",
      "minimum": 0,
      "maximum": 100000,
      "description": "for within and older_than"
     }
    }
   },
   "Filter": {
    "description": "A filter in the JSON form (a condition, or a group with all or any) or, as a string, in the text form. A filter in the text form, such as: status = \"remaining\" and balance > 100 and created within 30d. Operators: = != < <= > >= between … and …, in (…), contains, begins with, ends with, is empty, is not empty, within Nd, older than Nd; and, or, parentheses.",
    "oneOf": [
     {
      "type": "string"
     },
     {
      "$ref": "#/components/schemas/FilterCondition"
     },
     {
      "type": "object",
      "required": [
       "all"
      ],
      "additionalProperties": false,
      "properties": {
       "all": {
        "type": "array",
        "items": {
         "$ref": "#/components/schemas/Filter"
        }
       }
      }
     },
     {
      "type": "object",
      "required": [
       "any"
      ],
      "additionalProperties": false,
      "properties": {
       "any": {
        "type": "array",
        "minItems": 1,
        "items": {
         "$ref": "#/components/schemas/Filter"
        }
       }
      }
     }
    ]
   },
   "FilterTemplate": {
    "type": "object",
    "required": [
     "id",
     "name",
     "filter",
     "text",
     "createdAt",
     "updatedAt"
    ],
    "properties": {
     "id": {
      "type": "integer",
      "format": "int64"
     },
     "name": {
      "type": "string"
     },
     "filter": {
      "$ref": "#/components/schemas/Filter"
     },
     "text": {
      "type": "string",
      "description": "the same filter in the text form"
     },
     "createdAt": {
      "type": "string",
      "format": "date-time"
     },
     "updatedAt": {
      "type": "string",
      "format": "date-time"
     }
    }
   },
   "DeletedContact": {
    "type": "object",
    "required": [
     "id",
     "listId",
     "contactId",
     "deletedBy",
     "deletedAt",
     "contact"
    ],
    "properties": {
     "id": {
      "type": "integer",
      "format": "int64"
     },
     "listId": {
      "type": "integer",
      "format": "int64"
     },
     "contactId": {
      "type": "integer",
      "format": "int64"
     },
     "processId": {
      "type": [
       "integer",
       "null"
      ],
      "format": "int64",
      "description": "the deleting process; null for a single delete"
     },
     "deletedBy": {
      "type": "string"
     },
     "filter": {
      "type": [
       "string",
       "null"
      ],
      "description": "the deleting process's filter, in the text form"
     },
     "deletedAt": {
      "type": "string",
      "format": "date-time"
     },
     "externalId": {
      "type": [
       "string",
       "null"
      ]
     },
     "firstName": {
      "type": [
       "string",
       "null"
      ]
     },
     "lastName": {
      "type": [
       "string",
       "null"
      ]
     },
     "contact": {
      "type": "object",
      "description": "the contact as it was"
     }
    }
   },
   "BlacklistEntry": {
    "type": "object",
    "required": [
     "id",
     "name",
     "medium",
     "uri",
     "kind",
     "reason",
     "createdAt",
     "createdBy",
     "covers"
    ],
    "properties": {
     "id": {
      "type": "integer",
      "format": "int64"
     },
     "name": {
      "type": "string"
     },
     "medium": {
      "type": "string",
      "enum": [
       "voice",
       "sms",
       "email",
       "any"
      ]
     },
     "uri": {
      "type": "string",
      "description": "+14155550100 (a number), +1415* (a prefix), ann@example.com (an address) or @example.com (a domain and its subdomains)"
     },
     "kind": {
      "type": "string",
      "enum": [
       "number",
       "number_prefix",
       "email",
       "email_domain"
      ]
     },
     "reason": {
      "type": "string"
     },
     "expiresAt": {
      "type": [
       "string",
       "null"
      ],
      "format": "date-time"
     },
     "createdAt": {
      "type": "string",
      "format": "date-time"
     },
     "createdBy": {
      "type": "string"
     },
     "covers": {
      "type": "array",
      "items": {
       "type": "string",
       "enum": [
        "voice",
        "sms",
        "email"
       ]
      },
      "description": "the channels the entry forbids: voice and sms for a number of medium any, email for an address"
     }
    }
   },
   "ListOperationInput": {
    "type": "object",
    "required": [
     "action",
     "sources"
    ],
    "additionalProperties": false,
    "properties": {
     "action": {
      "type": "string",
      "enum": [
       "copy",
       "move",
       "remove",
       "update_fields",
       "reset"
      ]
     },
     "sources": {
      "type": "array",
      "minItems": 1,
      "items": {
       "type": "integer",
       "format": "int64"
      }
     },
     "filter": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/Filter"
       },
       {
        "type": "null"
       }
      ]
     },
     "template": {
      "type": [
       "string",
       "null"
      ],
      "description": "a saved filter's name, instead of filter"
     },
     "createdFrom": {
      "type": [
       "string",
       "null"
      ],
      "format": "date",
      "description": "include contacts created from this day"
     },
     "createdTo": {
      "type": [
       "string",
       "null"
      ],
      "format": "date",
      "description": "… to the end of this day"
     },
     "completionCodes": {
      "type": [
       "array",
       "null"
      ],
      "items": {
       "type": "string"
      },
      "description": "include contacts whose last completion code is one of these"
     },
     "limit": {
      "type": [
       "integer",
       "null"
      ],
      "minimum": 1,
      "description": "at most this many contacts, the first uploaded first"
     },
     "excludeLists": {
      "type": [
       "array",
       "null"
      ],
      "items": {
       "type": "integer",
       "format": "int64"
      },
      "description": "leave out contacts present in these lists …"
     },
     "excludeMatch": {
      "type": [
       "string",
       "null"
      ],
      "description": "… matched on phone, email, external_id or a text field's name (address, company, VAT number…)"
     },
     "destination": {
      "type": [
       "integer",
       "null"
      ],
      "format": "int64",
      "description": "an existing list, for copy and move"
     },
     "newList": {
      "type": [
       "string",
       "null"
      ],
      "description": "or the name of a new list with the first source's fields"
     },
     "mergeRule": {
      "type": [
       "string",
       "null"
      ],
      "enum": [
       "do_nothing",
       "activate",
       "activate_with_phones",
       "inactivate",
       "delete",
       "append",
       "replace",
       "update_fields",
       null
      ],
      "default": "update_fields",
      "description": "for a contact the destination already holds, by its dedup key"
     },
     "fields": {
      "type": [
       "object",
       "null"
      ],
      "description": "the values update_fields writes"
     },
     "attemptsLeft": {
      "type": [
       "integer",
       "null"
      ],
      "minimum": 0,
      "maximum": 100,
      "default": 3,
      "description": "what reset sets"
     },
     "confirmAll": {
      "type": [
       "boolean",
       "null"
      ],
      "description": "required when nothing narrows a move, remove, update or reset"
     },
     "scheduledAt": {
      "type": [
       "string",
       "null"
      ],
      "format": "date-time"
     }
    },
    "if": {
     "required": [
      "destination"
     ],
     "properties": {
      "destination": {
       "type": "integer"
      }
     }
    },
    "then": {
     "properties": {
      "newList": {
       "type": "null"
      }
     }
    }
   },
   "ShareGrant": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "tenantId"
    ],
    "properties": {
     "tenantId": {
      "type": "integer",
      "format": "int64",
      "minimum": 1
     },
     "access": {
      "type": "string",
      "enum": [
       "read",
       "write"
      ],
      "default": "read"
     }
    }
   },
   "ListShare": {
    "type": "object",
    "required": [
     "tenantId",
     "access",
     "accepted"
    ],
    "properties": {
     "tenantId": {
      "type": "integer",
      "format": "int64"
     },
     "access": {
      "type": "string",
      "enum": [
       "read",
       "write"
      ]
     },
     "accepted": {
      "type": "boolean"
     }
    }
   },
   "ShareOffer": {
    "type": "object",
    "required": [
     "listId",
     "listName",
     "ownerTenantId",
     "access",
     "state",
     "offeredAt"
    ],
    "properties": {
     "listId": {
      "type": "integer",
      "format": "int64"
     },
     "listName": {
      "type": "string"
     },
     "ownerTenantId": {
      "type": "integer",
      "format": "int64"
     },
     "access": {
      "type": "string",
      "enum": [
       "read",
       "write"
      ]
     },
     "state": {
      "type": "string",
      "enum": [
       "offered",
       "accepted"
      ]
     },
     "offeredAt": {
      "type": "string",
      "format": "date-time"
     },
     "acceptedAt": {
      "type": "string",
      "format": "date-time"
     }
    }
   },
   "FieldCreateInput": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "name": {
      "type": "string",
      "pattern": "^[a-z][a-z0-9_]{0,62}$"
     },
     "displayName": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 100
     },
     "type": {
      "$ref": "#/components/schemas/FieldType"
     },
     "size": {
      "type": [
       "integer",
       "null"
      ],
      "minimum": 1,
      "maximum": 10000
     },
     "validValues": {
      "type": [
       "array",
       "null"
      ],
      "items": {
       "type": "string"
      }
     },
     "required": {
      "type": [
       "boolean",
       "null"
      ]
     },
     "unique": {
      "type": [
       "boolean",
       "null"
      ]
     },
     "multiLine": {
      "type": [
       "boolean",
       "null"
      ]
     }
    },
    "required": [
     "name",
     "type"
    ],
    "description": "A new field: name and type are required."
   },
   "TenantChange": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "name": {
      "type": [
       "string",
       "null"
      ],
      "minLength": 1,
      "maxLength": 100,
      "description": "absent or null leaves it"
     },
     "defaultRegion": {
      "type": [
       "string",
       "null"
      ],
      "pattern": "^([A-Z]{2})?$",
      "description": "ISO 3166 code with a numbering plan; empty for none; absent or null leaves it"
     }
    }
   },
   "ImportRules": {
    "type": "object",
    "additionalProperties": false,
    "description": "what an import does with each contact",
    "properties": {
     "importRule": {
      "type": "string",
      "enum": [
       "do_nothing",
       "append"
      ],
      "description": "for contacts only in the file"
     },
     "updateRule": {
      "type": "string",
      "enum": [
       "do_nothing",
       "activate",
       "activate_with_phones",
       "inactivate",
       "delete"
      ],
      "description": "for contacts only in the list"
     },
     "mergeRule": {
      "type": "string",
      "enum": [
       "do_nothing",
       "activate",
       "activate_with_phones",
       "inactivate",
       "delete",
       "append",
       "replace",
       "update_fields"
      ],
      "description": "for contacts in both"
     },
     "duplicates": {
      "type": "string",
      "enum": [
       "first",
       "last"
      ]
     },
     "emptyListFirst": {
      "type": "boolean"
     },
     "emptyFilter": {
      "description": "narrows emptyListFirst: a filter in the JSON or the text form"
     },
     "updateOtherLists": {
      "type": "boolean"
     },
     "moveFromOtherLists": {
      "type": "boolean"
     },
     "resetReuploaded": {
      "type": "boolean"
     },
     "blacklist": {
      "type": "string",
      "enum": [
       "ignore",
       "block",
       "reject"
      ]
     },
     "emptyCells": {
      "type": "string",
      "enum": [
       "keep",
       "clear"
      ],
      "default": "keep",
      "description": "what an empty cell does to a contact the row updates: keep its value, or clear it"
     }
    }
   },
   "QueryFlag": {
    "type": "string",
    "enum": [
     "true",
     "false",
     "yes",
     "no",
     "1",
     "0"
    ],
    "description": "a yes or no in a query string"
   },
   "Channel": {
    "type": "string",
    "enum": [
     "voice",
     "sms",
     "email"
    ]
   },
   "CompletionCode": {
    "type": "object",
    "required": [
     "name",
     "description",
     "isResponse",
     "closesContact",
     "isRightPartyContact",
     "isSystem"
    ],
    "properties": {
     "name": {
      "type": "string"
     },
     "description": {
      "type": "string"
     },
     "isResponse": {
      "type": "boolean",
      "description": "counts as a response for a goal"
     },
     "closesContact": {
      "type": "boolean"
     },
     "isRightPartyContact": {
      "type": "boolean"
     },
     "isSystem": {
      "type": "boolean"
     }
    }
   },
   "CompletionCodeInput": {
    "type": "object",
    "required": [
     "name"
    ],
    "additionalProperties": false,
    "properties": {
     "name": {
      "type": "string",
      "pattern": "^[a-z][a-z0-9_]{0,49}$"
     },
     "description": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 500
     },
     "isResponse": {
      "type": [
       "boolean",
       "null"
      ]
     },
     "closesContact": {
      "type": [
       "boolean",
       "null"
      ]
     },
     "isRightPartyContact": {
      "type": [
       "boolean",
       "null"
      ]
     }
    }
   },
   "WeeklyWindow": {
    "type": "object",
    "additionalProperties": false,
    "description": "calling hours per weekday in the contact's local time",
    "properties": {
     "sunday": {
      "type": [
       "object",
       "null"
      ],
      "required": [
       "start",
       "end"
      ],
      "additionalProperties": false,
      "properties": {
       "start": {
        "type": "string",
        "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$"
       },
       "end": {
        "type": "string",
        "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$"
       }
      },
      "description": "from start up to end, local time; null or absent: no attempts that day"
     },
     "monday": {
      "type": [
       "object",
       "null"
      ],
      "required": [
       "start",
       "end"
      ],
      "additionalProperties": false,
      "properties": {
       "start": {
        "type": "string",
        "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$"
       },
       "end": {
        "type": "string",
        "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$"
       }
      },
      "description": "from start up to end, local time; null or absent: no attempts that day"
     },
     "tuesday": {
      "type": [
       "object",
       "null"
      ],
      "required": [
       "start",
       "end"
      ],
      "additionalProperties": false,
      "properties": {
       "start": {
        "type": "string",
        "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$"
       },
       "end": {
        "type": "string",
        "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$"
       }
      },
      "description": "from start up to end, local time; null or absent: no attempts that day"
     },
     "wednesday": {
      "type": [
       "object",
       "null"
      ],
      "required": [
       "start",
       "end"
      ],
      "additionalProperties": false,
      "properties": {
       "start": {
        "type": "string",
        "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$"
       },
       "end": {
        "type": "string",
        "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$"
       }
      },
      "description": "from start up to end, local time; null or absent: no attempts that day"
     },
     "thursday": {
      "type": [
       "object",
       "null"
      ],
      "required": [
       "start",
       "end"
      ],
      "additionalProperties": false,
      "properties": {
       "start": {
        "type": "string",
        "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$"
       },
       "end": {
        "type": "string",
        "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$"
       }
      },
      "description": "from start up to end, local time; null or absent: no attempts that day"
     },
     "friday": {
      "type": [
       "object",
       "null"
      ],
      "required": [
       "start",
       "end"
      ],
      "additionalProperties": false,
      "properties": {
       "start": {
        "type": "string",
        "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$"
       },
       "end": {
        "type": "string",
        "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$"
       }
      },
      "description": "from start up to end, local time; null or absent: no attempts that day"
     },
     "saturday": {
      "type": [
       "object",
       "null"
      ],
      "required": [
       "start",
       "end"
      ],
      "additionalProperties": false,
      "properties": {
       "start": {
        "type": "string",
        "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$"
       },
       "end": {
        "type": "string",
        "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$"
       }
      },
      "description": "from start up to end, local time; null or absent: no attempts that day"
     }
    }
   },
   "RollingCap": {
    "type": "object",
    "required": [
     "attempts",
     "hours"
    ],
    "additionalProperties": false,
    "description": "at most attempts in any hours hours",
    "properties": {
     "attempts": {
      "type": "integer",
      "minimum": 1,
      "maximum": 1000
     },
     "hours": {
      "type": "integer",
      "minimum": 1,
      "maximum": 8760
     }
    }
   },
   "RetryRule": {
    "type": "object",
    "required": [
     "delayMinutes",
     "maxAttempts"
    ],
    "additionalProperties": false,
    "properties": {
     "delayMinutes": {
      "type": "integer",
      "minimum": 0,
      "maximum": 525600
     },
     "maxAttempts": {
      "type": "integer",
      "minimum": 1,
      "maximum": 100,
      "description": "attempts with this outcome before the final state"
     },
     "nextNumber": {
      "type": [
       "boolean",
       "null"
      ]
     },
     "then": {
      "type": [
       "string",
       "null"
      ],
      "enum": [
       "closed",
       "remaining"
      ]
     }
    }
   },
   "NumberChoice": {
    "type": "string",
    "enum": [
     "phone1",
     "phone2",
     "phone3",
     "phone4",
     "phone5",
     "phone6",
     "phone7",
     "phone8",
     "phone9",
     "phone10",
     "mobile",
     "fixed_line",
     "fixed_line_or_mobile",
     "toll_free",
     "premium_rate",
     "shared_cost",
     "voip",
     "personal_number",
     "pager",
     "uan",
     "voicemail"
    ]
   },
   "Holiday": {
    "type": "object",
    "required": [
     "date"
    ],
    "additionalProperties": false,
    "properties": {
     "date": {
      "type": "string",
      "format": "date"
     },
     "country": {
      "type": [
       "string",
       "null"
      ],
      "pattern": "^[A-Z]{2}$",
      "description": "only for contacts in this region"
     },
     "name": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 100
     }
    }
   },
   "StrategySettings": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "attemptsPerContact": {
      "type": [
       "integer",
       "null"
      ],
      "minimum": 1,
      "maximum": 100
     },
     "attemptsPerNumber": {
      "type": [
       "integer",
       "null"
      ],
      "minimum": 1,
      "maximum": 100
     },
     "attemptsPerContactPerDay": {
      "type": [
       "integer",
       "null"
      ],
      "minimum": 1,
      "maximum": 100
     },
     "attemptsPerNumberPerDay": {
      "type": [
       "integer",
       "null"
      ],
      "minimum": 1,
      "maximum": 100
     },
     "retries": {
      "type": [
       "object",
       "null"
      ],
      "additionalProperties": {
       "$ref": "#/components/schemas/RetryRule"
      },
      "description": "by completion code"
     },
     "numberOrder": {
      "type": [
       "array",
       "null"
      ],
      "items": {
       "$ref": "#/components/schemas/NumberChoice"
      },
      "minItems": 1,
      "maxItems": 20
     },
     "window": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/WeeklyWindow"
       },
       {
        "type": "null"
       }
      ]
     },
     "holidays": {
      "type": [
       "array",
       "null"
      ],
      "items": {
       "$ref": "#/components/schemas/Holiday"
      },
      "maxItems": 1000
     },
     "capPerNumber": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/RollingCap"
       },
       {
        "type": "null"
       }
      ]
     },
     "capPerContact": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/RollingCap"
       },
       {
        "type": "null"
       }
      ]
     },
     "template": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 20000,
      "description": "the message, with {{field}} placeholders"
     },
     "subject": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 500
     },
     "messagesPerSecond": {
      "type": [
       "number",
       "null"
      ],
      "exclusiveMinimum": 0,
      "maximum": 5000
     },
     "html": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 100000,
      "description": "an email's HTML part, with the template's placeholders, HTML-escaped"
     },
     "responses": {
      "type": [
       "array",
       "null"
      ],
      "items": {
       "$ref": "#/components/schemas/ResponseRule"
      },
      "maxItems": 50
     }
    },
    "description": "every key may be left out for its default; the defaults follow the channel"
   },
   "StrategyInput": {
    "type": "object",
    "required": [
     "name"
    ],
    "additionalProperties": false,
    "properties": {
     "name": {
      "type": "string",
      "minLength": 1,
      "maxLength": 100
     },
     "channel": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/Channel"
       },
       {
        "type": "null"
       }
      ]
     },
     "settings": {
      "$ref": "#/components/schemas/StrategySettings"
     }
    }
   },
   "Strategy": {
    "type": "object",
    "required": [
     "id",
     "name",
     "channel",
     "settings",
     "version",
     "createdAt",
     "updatedAt"
    ],
    "properties": {
     "id": {
      "type": "integer",
      "format": "int64"
     },
     "name": {
      "type": "string"
     },
     "channel": {
      "$ref": "#/components/schemas/Channel"
     },
     "settings": {
      "type": "object"
     },
     "version": {
      "type": "integer"
     },
     "createdAt": {
      "type": "string",
      "format": "date-time"
     },
     "updatedAt": {
      "type": "string",
      "format": "date-time"
     }
    }
   },
   "CallingRule": {
    "type": "object",
    "required": [
     "region"
    ],
    "additionalProperties": false,
    "properties": {
     "region": {
      "type": "string",
      "description": "a region (GB) or a state or province (US-FL)"
     },
     "window": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/WeeklyWindow"
       },
       {
        "type": "null"
       }
      ]
     },
     "cap": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/RollingCap"
       },
       {
        "type": "null"
       }
      ]
     }
    }
   },
   "CallingRules": {
    "type": "object",
    "required": [
     "rules"
    ],
    "additionalProperties": false,
    "properties": {
     "rules": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/CallingRule"
      },
      "maxItems": 500
     }
    }
   },
   "FinishCriteria": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "infinite": {
      "type": [
       "boolean",
       "null"
      ],
      "description": "keep taking new contacts; never end on all processed"
     },
     "goal": {
      "type": [
       "object",
       "null"
      ],
      "required": [
       "count",
       "codes"
      ],
      "additionalProperties": false,
      "properties": {
       "count": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100000000
       },
       "codes": {
        "type": "array",
        "minItems": 1,
        "items": {
         "type": "string"
        }
       }
      }
     },
     "durationMinutes": {
      "type": [
       "integer",
       "null"
      ],
      "minimum": 1,
      "maximum": 525600
     },
     "codeCount": {
      "type": [
       "object",
       "null"
      ],
      "required": [
       "code",
       "count"
      ],
      "additionalProperties": false,
      "properties": {
       "code": {
        "type": "string"
       },
       "count": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100000000
       }
      }
     }
    }
   },
   "CampaignInput": {
    "type": "object",
    "required": [
     "name",
     "strategyId",
     "lists"
    ],
    "additionalProperties": false,
    "properties": {
     "name": {
      "type": "string",
      "minLength": 1,
      "maxLength": 100
     },
     "channel": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/Channel"
       },
       {
        "type": "null"
       }
      ]
     },
     "strategyId": {
      "type": "integer",
      "format": "int64",
      "minimum": 1
     },
     "lists": {
      "type": "array",
      "minItems": 1,
      "maxItems": 50,
      "items": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     "filter": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/Filter"
       },
       {
        "type": "null"
       }
      ]
     },
     "filterTemplate": {
      "type": [
       "string",
       "null"
      ],
      "minLength": 1,
      "maxLength": 100
     },
     "ordering": {
      "type": [
       "object",
       "null"
      ],
      "required": [
       "by"
      ],
      "additionalProperties": false,
      "properties": {
       "by": {
        "type": "string",
        "minLength": 1,
        "description": "priority, or a field's name"
       },
       "descending": {
        "type": [
         "boolean",
         "null"
        ]
       }
      }
     },
     "allowedCodes": {
      "type": [
       "array",
       "null"
      ],
      "items": {
       "type": "string"
      },
      "maxItems": 200
     },
     "finish": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/FinishCriteria"
       },
       {
        "type": "null"
       }
      ]
     },
     "schedule": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/Schedule"
       },
       {
        "type": "null"
       }
      ]
     },
     "enabled": {
      "type": [
       "boolean",
       "null"
      ]
     },
     "callbacks": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/CallbackSettings"
       },
       {
        "type": "null"
       }
      ]
     },
     "gatewayId": {
      "type": [
       "integer",
       "null"
      ],
      "format": "int64",
      "minimum": 1,
      "description": "the gateway an SMS or email campaign's messages go through; without one, an application leases them"
     }
    }
   },
   "Campaign": {
    "type": "object",
    "required": [
     "id",
     "name",
     "channel",
     "strategyId",
     "lists",
     "ordering",
     "allowedCodes",
     "finish",
     "enabled",
     "version",
     "createdAt",
     "updatedAt",
     "callbacks"
    ],
    "properties": {
     "id": {
      "type": "integer",
      "format": "int64"
     },
     "name": {
      "type": "string"
     },
     "channel": {
      "$ref": "#/components/schemas/Channel"
     },
     "strategyId": {
      "type": "integer",
      "format": "int64"
     },
     "lists": {
      "type": "array",
      "items": {
       "type": "integer",
       "format": "int64"
      }
     },
     "filter": {
      "description": "the filter in the JSON form"
     },
     "filterTemplate": {
      "type": "string"
     },
     "ordering": {
      "type": "object"
     },
     "allowedCodes": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "finish": {
      "type": "object"
     },
     "schedule": {
      "type": "object"
     },
     "enabled": {
      "type": "boolean"
     },
     "version": {
      "type": "integer"
     },
     "createdAt": {
      "type": "string",
      "format": "date-time"
     },
     "updatedAt": {
      "type": "string",
      "format": "date-time"
     },
     "callbacks": {
      "$ref": "#/components/schemas/CallbackSettings"
     },
     "gatewayId": {
      "type": [
       "integer",
       "null"
      ],
      "format": "int64",
      "minimum": 1,
      "description": "the gateway an SMS or email campaign's messages go through; without one, an application leases them"
     }
    }
   },
   "UnassignReport": {
    "type": "object",
    "required": [
     "campaign",
     "contacts",
     "leasesReleased",
     "retriesCleared",
     "callbacksCleared"
    ],
    "properties": {
     "campaign": {
      "$ref": "#/components/schemas/Campaign"
     },
     "contacts": {
      "type": "integer",
      "description": "contacts of the list the active job let go"
     },
     "leasesReleased": {
      "type": "integer"
     },
     "retriesCleared": {
      "type": "integer"
     },
     "callbacksCleared": {
      "type": "integer"
     }
    }
   },
   "JobCounters": {
    "type": "object",
    "required": [
     "total",
     "filteredOut",
     "unattempted",
     "inProgress",
     "attempted",
     "retries",
     "callbacks",
     "finished",
     "waiting",
     "byCompletionCode",
     "attempts"
    ],
    "properties": {
     "total": {
      "type": "integer"
     },
     "filteredOut": {
      "type": "object",
      "additionalProperties": {
       "type": "integer"
      }
     },
     "unattempted": {
      "type": "integer"
     },
     "inProgress": {
      "type": "integer"
     },
     "attempted": {
      "type": "integer"
     },
     "retries": {
      "type": "integer"
     },
     "callbacks": {
      "type": "integer"
     },
     "finished": {
      "type": "integer"
     },
     "waiting": {
      "type": "object",
      "additionalProperties": {
       "type": "integer"
      }
     },
     "byCompletionCode": {
      "type": "object",
      "additionalProperties": {
       "type": "integer"
      }
     },
     "attempts": {
      "type": "integer"
     },
     "lists": {
      "type": "array",
      "items": {
       "type": "object",
       "required": [
        "listId",
        "counters"
       ],
       "properties": {
        "listId": {
         "type": "integer",
         "format": "int64"
        },
        "counters": {
         "$ref": "#/components/schemas/JobCounters"
        }
       }
      }
     }
    }
   },
   "Job": {
    "type": "object",
    "required": [
     "id",
     "campaignId",
     "state",
     "scheduledAt",
     "startedBy",
     "counters"
    ],
    "properties": {
     "id": {
      "type": "integer",
      "format": "int64"
     },
     "campaignId": {
      "type": "integer",
      "format": "int64"
     },
     "state": {
      "type": "string",
      "enum": [
       "scheduled",
       "running",
       "stopping",
       "completed",
       "stopped"
      ]
     },
     "scheduledAt": {
      "type": "string",
      "format": "date-time"
     },
     "startedAt": {
      "type": "string",
      "format": "date-time"
     },
     "endedAt": {
      "type": "string",
      "format": "date-time"
     },
     "startedBy": {
      "type": "string"
     },
     "endReason": {
      "type": "string"
     },
     "counters": {
      "$ref": "#/components/schemas/JobCounters"
     }
    }
   },
   "AttemptEvidence": {
    "type": "object",
    "required": [
     "zones",
     "window",
     "rules",
     "holidays",
     "blacklistCheckedAt",
     "caps"
    ],
    "description": "why the attempt was allowed",
    "properties": {
     "zones": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "window": {
      "type": "string"
     },
     "rules": {
      "type": "array",
      "items": {
       "type": "string"
      }
     },
     "holidays": {
      "type": "integer"
     },
     "blacklistCheckedAt": {
      "type": "string",
      "format": "date-time"
     },
     "caps": {
      "type": "array",
      "items": {
       "type": "string"
      }
     }
    }
   },
   "Attempt": {
    "type": "object",
    "required": [
     "id",
     "jobId",
     "campaignId",
     "contactId",
     "listId",
     "state",
     "slot",
     "address",
     "leasedAt",
     "expiresAt",
     "evidence"
    ],
    "properties": {
     "id": {
      "type": "integer",
      "format": "int64"
     },
     "jobId": {
      "type": "integer",
      "format": "int64"
     },
     "campaignId": {
      "type": "integer",
      "format": "int64"
     },
     "contactId": {
      "type": "integer",
      "format": "int64"
     },
     "listId": {
      "type": "integer",
      "format": "int64"
     },
     "state": {
      "type": "string",
      "enum": [
       "leased",
       "ended",
       "expired",
       "released"
      ]
     },
     "slot": {
      "type": "string"
     },
     "address": {
      "type": "string"
     },
     "agent": {
      "type": "string"
     },
     "leasedAt": {
      "type": "string",
      "format": "date-time"
     },
     "expiresAt": {
      "type": "string",
      "format": "date-time"
     },
     "endedAt": {
      "type": "string",
      "format": "date-time"
     },
     "completionCode": {
      "type": "string"
     },
     "callbackAt": {
      "type": "string",
      "format": "date-time"
     },
     "notes": {
      "type": "string"
     },
     "evidence": {
      "$ref": "#/components/schemas/AttemptEvidence"
     }
    }
   },
   "Lease": {
    "type": "object",
    "required": [
     "attempt",
     "expiresAt",
     "address",
     "slot",
     "contact",
     "evidence"
    ],
    "properties": {
     "attempt": {
      "type": "integer",
      "format": "int64",
      "description": "the attempt's id, to post its result"
     },
     "expiresAt": {
      "type": "string",
      "format": "date-time"
     },
     "address": {
      "type": "string",
      "description": "the number in E.164 or the email address"
     },
     "slot": {
      "type": "string"
     },
     "extension": {
      "type": "string"
     },
     "message": {
      "type": "string"
     },
     "subject": {
      "type": "string"
     },
     "contact": {
      "$ref": "#/components/schemas/Contact"
     },
     "evidence": {
      "$ref": "#/components/schemas/AttemptEvidence"
     }
    }
   },
   "LeaseInput": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "count": {
      "type": [
       "integer",
       "null"
      ],
      "minimum": 1,
      "maximum": 100
     },
     "ttlSeconds": {
      "type": [
       "integer",
       "null"
      ],
      "minimum": 5,
      "maximum": 86400
     },
     "agent": {
      "type": [
       "string",
       "null"
      ],
      "minLength": 1,
      "maxLength": 100
     }
    }
   },
   "ResultInput": {
    "type": "object",
    "required": [
     "completionCode"
    ],
    "additionalProperties": false,
    "properties": {
     "completionCode": {
      "type": "string"
     },
     "callbackAt": {
      "type": [
       "string",
       "null"
      ],
      "format": "date-time"
     },
     "fields": {
      "type": [
       "object",
       "null"
      ],
      "description": "custom field changes by name; null removes a value"
     },
     "notes": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 4000
     },
     "callback": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/ResultCallback"
       },
       {
        "type": "null"
       }
      ]
     }
    }
   },
   "Outcome": {
    "type": "object",
    "required": [
     "attempt",
     "next",
     "contactStatus"
    ],
    "properties": {
     "attempt": {
      "$ref": "#/components/schemas/Attempt"
     },
     "next": {
      "type": "string",
      "enum": [
       "ready",
       "retry",
       "callback",
       "finished",
       "filtered",
       "leased"
      ]
     },
     "dueAt": {
      "type": "string",
      "format": "date-time"
     },
     "contactStatus": {
      "$ref": "#/components/schemas/ContactStatus"
     }
    }
   },
   "Forecast": {
    "type": "object",
    "required": [
     "zone",
     "contacts",
     "callableNow",
     "inProgress",
     "excluded",
     "hours",
     "later"
    ],
    "properties": {
     "zone": {
      "type": "string"
     },
     "contacts": {
      "type": "integer"
     },
     "callableNow": {
      "type": "integer"
     },
     "inProgress": {
      "type": "integer"
     },
     "excluded": {
      "type": "object",
      "additionalProperties": {
       "type": "integer"
      }
     },
     "later": {
      "type": "integer"
     },
     "hours": {
      "type": "array",
      "items": {
       "type": "object",
       "required": [
        "start",
        "local",
        "count"
       ],
       "properties": {
        "start": {
         "type": "string",
         "format": "date-time"
        },
        "local": {
         "type": "string"
        },
        "count": {
         "type": "integer"
        }
       }
      }
     }
    }
   },
   "CallbackSettings": {
    "type": "object",
    "additionalProperties": false,
    "description": "a campaign's thresholds for its callbacks",
    "properties": {
     "dueBeforeMinutes": {
      "type": "integer",
      "minimum": 0,
      "maximum": 1440,
      "description": "how long before its time a callback counts as due and may be leased (default 0)"
     },
     "delayedAfterMinutes": {
      "type": "integer",
      "minimum": 1,
      "maximum": 1440,
      "description": "the largest delay after its time before it counts as delayed (default 15)"
     },
     "preferAgentWaitMinutes": {
      "type": "integer",
      "minimum": 0,
      "maximum": 1440,
      "description": "how long a prefer_agent callback waits for its agent after its time (default 10)"
     },
     "windowMinutes": {
      "type": "integer",
      "minimum": 1,
      "maximum": 43200,
      "description": "the window a callback gets when its end is not given (default 1440)"
     },
     "limit": {
      "type": "object",
      "additionalProperties": false,
      "required": [
       "count",
       "minutes"
      ],
      "description": "at most count callbacks in any interval of minutes",
      "properties": {
       "count": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100000
       },
       "minutes": {
        "type": "integer",
        "minimum": 1,
        "maximum": 10080
       }
      }
     }
    }
   },
   "CallbackType": {
    "type": "string",
    "enum": [
     "unspecified",
     "requested_from_agent",
     "requested_in_queue",
     "requested_on_web",
     "scheduled_by_agent",
     "scheduled_by_user",
     "scheduled_by_import",
     "lost_request",
     "requested_in_ivr"
    ],
    "description": "seed 003's schedule types"
   },
   "CallbackPreference": {
    "type": "string",
    "enum": [
     "anyone",
     "prefer_agent",
     "only_agent",
     "other_agent"
    ],
    "description": "to whom it may be delivered: anyone; its agent first, anyone after the campaign's wait; only its agent; another agent named"
   },
   "CallbackState": {
    "type": "string",
    "enum": [
     "scheduled",
     "due",
     "delayed",
     "expired",
     "closed"
    ]
   },
   "CallbackInput": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "campaignId",
     "contactId",
     "dueAt"
    ],
    "properties": {
     "campaignId": {
      "type": "integer",
      "format": "int64",
      "minimum": 1
     },
     "contactId": {
      "type": "integer",
      "format": "int64",
      "minimum": 1
     },
     "dueAt": {
      "type": "string",
      "description": "`now` or an RFC 3339 time",
      "minLength": 1
     },
     "windowEnd": {
      "type": [
       "string",
       "null"
      ],
      "description": "the end of its window: `now` or an RFC 3339 time; by default the campaign's windowMinutes after dueAt"
     },
     "type": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/CallbackType"
       },
       {
        "type": "null"
       }
      ]
     },
     "preference": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/CallbackPreference"
       },
       {
        "type": "null"
       }
      ]
     },
     "agent": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 100,
      "description": "the agent to deliver to; an agent that has taken work of the tenant"
     },
     "comment": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 1000
     },
     "address": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 320
     }
    }
   },
   "ResultCallback": {
    "type": "object",
    "additionalProperties": false,
    "description": "how a result's callback is delivered; needs callbackAt",
    "properties": {
     "type": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/CallbackType"
       },
       {
        "type": "null"
       }
      ]
     },
     "preference": {
      "anyOf": [
       {
        "$ref": "#/components/schemas/CallbackPreference"
       },
       {
        "type": "null"
       }
      ]
     },
     "agent": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 100,
      "description": "by default, for only_agent and prefer_agent, the attempt's agent"
     },
     "windowEnd": {
      "type": [
       "string",
       "null"
      ]
     },
     "comment": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 1000
     },
     "address": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 320
     }
    }
   },
   "Callback": {
    "type": "object",
    "required": [
     "id",
     "campaignId",
     "contactId",
     "dueAt",
     "windowEnd",
     "type",
     "preference",
     "state",
     "createdBy",
     "createdAt",
     "updatedAt"
    ],
    "properties": {
     "id": {
      "type": "integer",
      "format": "int64"
     },
     "campaignId": {
      "type": "integer",
      "format": "int64"
     },
     "contactId": {
      "type": "integer",
      "format": "int64"
     },
     "address": {
      "type": "string"
     },
     "dueAt": {
      "type": "string",
      "format": "date-time"
     },
     "windowEnd": {
      "type": "string",
      "format": "date-time"
     },
     "type": {
      "$ref": "#/components/schemas/CallbackType"
     },
     "preference": {
      "$ref": "#/components/schemas/CallbackPreference"
     },
     "agent": {
      "type": "string",
      "description": "the next targeted agent"
     },
     "lastAgent": {
      "type": "string",
      "description": "the last handling agent"
     },
     "comment": {
      "type": "string"
     },
     "state": {
      "$ref": "#/components/schemas/CallbackState"
     },
     "waitReason": {
      "type": "string",
      "description": "why the gate held it back at its time"
     },
     "waitUntil": {
      "type": "string",
      "format": "date-time"
     },
     "madeByAttempt": {
      "type": "integer",
      "format": "int64"
     },
     "handledByAttempt": {
      "type": "integer",
      "format": "int64"
     },
     "closedReason": {
      "type": "string"
     },
     "createdBy": {
      "type": "string"
     },
     "createdAt": {
      "type": "string",
      "format": "date-time"
     },
     "updatedAt": {
      "type": "string",
      "format": "date-time"
     }
    }
   },
   "Callbacks": {
    "type": "object",
    "required": [
     "items"
    ],
    "properties": {
     "items": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Callback"
      }
     }
    }
   },
   "CallbackMove": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "dueAt"
    ],
    "properties": {
     "dueAt": {
      "type": "string",
      "description": "`now` or an RFC 3339 time",
      "minLength": 1
     },
     "windowEnd": {
      "type": [
       "string",
       "null"
      ]
     }
    }
   },
   "CallbackReassign": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "ids",
     "agent"
    ],
    "properties": {
     "ids": {
      "type": "array",
      "minItems": 1,
      "maxItems": 1000,
      "uniqueItems": true,
      "items": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     },
     "agent": {
      "type": "string",
      "minLength": 1,
      "maxLength": 100
     }
    }
   },
   "CallbackSelection": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "ids"
    ],
    "properties": {
     "ids": {
      "type": "array",
      "minItems": 1,
      "maxItems": 1000,
      "uniqueItems": true,
      "items": {
       "type": "integer",
       "format": "int64",
       "minimum": 1
      }
     }
    }
   },
   "ResponseRule": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "match",
     "code"
    ],
    "description": "what a reply does: the first matching rule gives its code and field values; an opt-out word (STOP, UNSUBSCRIBE…) always opts out",
    "properties": {
     "match": {
      "type": "string",
      "enum": [
       "keywords",
       "pattern",
       "any"
      ]
     },
     "keywords": {
      "type": [
       "array",
       "null"
      ],
      "items": {
       "type": "string",
       "minLength": 1,
       "maxLength": 50,
       "pattern": "^\\S+$"
      },
      "minItems": 1,
      "maxItems": 100,
      "description": "for keywords: the reply's first word, in any case"
     },
     "pattern": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 500,
      "description": "for pattern: a regular expression found anywhere in the reply, in any case"
     },
     "code": {
      "type": "string",
      "minLength": 1,
      "maxLength": 60,
      "description": "a completion code of the tenant"
     },
     "fields": {
      "type": [
       "object",
       "null"
      ],
      "maxProperties": 50,
      "description": "custom field values set on the contact"
     }
    }
   },
   "GatewayKind": {
    "type": "string",
    "enum": [
     "kannel",
     "http",
     "smtp"
    ],
    "description": "kannel and http send SMS, smtp email"
   },
   "GatewaySettings": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "from"
    ],
    "properties": {
     "url": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 2000,
      "description": "kannel: the sendsms URL; http: where messages are posted"
     },
     "username": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 200,
      "description": "Kannel's sendsms user; the SMTP user"
     },
     "from": {
      "type": "string",
      "minLength": 1,
      "maxLength": 200,
      "description": "the sender: a number or short code, or an email address"
     },
     "bodyTemplate": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 10000,
      "description": "http: the JSON body with {{to}}, {{from}}, {{text}} and {{reference}}"
     },
     "apiKeyHeader": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 100,
      "description": "http: the header the API key goes in"
     },
     "host": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 253,
      "description": "smtp: the relay"
     },
     "port": {
      "type": [
       "integer",
       "null"
      ],
      "minimum": 1,
      "maximum": 65535
     },
     "security": {
      "type": [
       "string",
       "null"
      ],
      "enum": [
       "none",
       "starttls",
       "tls",
       null
      ]
     },
     "replyTo": {
      "type": [
       "string",
       "null"
      ],
      "maxLength": 254
     },
     "timeoutSeconds": {
      "type": [
       "integer",
       "null"
      ],
      "minimum": 1,
      "maximum": 120
     }
    },
    "description": "each kind uses some of these: kannel url, username, from; http url, from, bodyTemplate, apiKeyHeader; smtp host, port, security, username, from, replyTo"
   },
   "GatewayInput": {
    "type": "object",
    "additionalProperties": false,
    "required": [
     "name",
     "kind",
     "settings"
    ],
    "properties": {
     "name": {
      "type": "string",
      "minLength": 1,
      "maxLength": 100
     },
     "kind": {
      "$ref": "#/components/schemas/GatewayKind"
     },
     "settings": {
      "$ref": "#/components/schemas/GatewaySettings"
     },
     "password": {
      "type": [
       "string",
       "null"
      ],
      "minLength": 1,
      "maxLength": 1000,
      "description": "Kannel's sendsms or the relay's password; never shown again; left out, the stored one stays"
     },
     "apiKey": {
      "type": [
       "string",
       "null"
      ],
      "minLength": 1,
      "maxLength": 1000,
      "description": "http: the API key; never shown again; left out, the stored one stays"
     }
    }
   },
   "Gateway": {
    "type": "object",
    "required": [
     "id",
     "name",
     "kind",
     "channel",
     "settings",
     "passwordSet",
     "apiKeySet",
     "version",
     "createdAt",
     "updatedAt"
    ],
    "properties": {
     "id": {
      "type": "integer",
      "format": "int64"
     },
     "name": {
      "type": "string"
     },
     "kind": {
      "$ref": "#/components/schemas/GatewayKind"
     },
     "channel": {
      "$ref": "#/components/schemas/Channel"
     },
     "settings": {
      "type": "object",
      "properties": {
       "url": {
        "type": [
         "string",
         "null"
        ],
        "maxLength": 2000,
        "description": "kannel: the sendsms URL; http: where messages are posted"
       },
       "username": {
        "type": [
         "string",
         "null"
        ],
        "maxLength": 200,
        "description": "Kannel's sendsms user; the SMTP user"
       },
       "from": {
        "type": "string",
        "minLength": 1,
        "maxLength": 200,
        "description": "the sender: a number or short code, or an email address"
       },
       "bodyTemplate": {
        "type": [
         "string",
         "null"
        ],
        "maxLength": 10000,
        "description": "http: the JSON body with {{to}}, {{from}}, {{text}} and {{reference}}"
       },
       "apiKeyHeader": {
        "type": [
         "string",
         "null"
        ],
        "maxLength": 100,
        "description": "http: the header the API key goes in"
       },
       "host": {
        "type": [
         "string",
         "null"
        ],
        "maxLength": 253,
        "description": "smtp: the relay"
       },
       "port": {
        "type": [
         "integer",
         "null"
        ],
        "minimum": 1,
        "maximum": 65535
       },
       "security": {
        "type": [
         "string",
         "null"
        ],
        "enum": [
         "none",
         "starttls",
         "tls",
         null
        ]
       },
       "replyTo": {
        "type": [
         "string",
         "null"
        ],
        "maxLength": 254
       },
       "timeoutSeconds": {
        "type": [
         "integer",
         "null"
        ],
        "minimum": 1,
        "maximum": 120
       }
      }
     },
     "passwordSet": {
      "type": "boolean"
     },
     "apiKeySet": {
      "type": "boolean"
     },
     "deliveryWebhookUrl": {
      "type": [
       "string",
       "null"
      ],
      "description": "http and smtp: where signed delivery reports and bounces go"
     },
     "inboundWebhookUrl": {
      "type": [
       "string",
       "null"
      ],
      "description": "http and smtp: where signed replies go"
     },
     "webhookSecret": {
      "type": [
       "string",
       "null"
      ],
      "description": "only in the answer that creates the gateway: the HMAC-SHA256 key of its webhooks"
     },
     "kannelGetUrl": {
      "type": [
       "string",
       "null"
      ],
      "description": "only in the answer that creates a Kannel gateway: the get-url of its sms-service"
     },
     "version": {
      "type": "integer"
     },
     "createdAt": {
      "type": "string",
      "format": "date-time"
     },
     "updatedAt": {
      "type": "string",
      "format": "date-time"
     }
    }
   },
   "WebhookAnswer": {
    "type": "object",
    "required": [
     "result"
    ],
    "properties": {
     "result": {
      "type": "string",
      "enum": [
       "recorded",
       "ignored"
      ]
     },
     "code": {
      "type": [
       "string",
       "null"
      ]
     },
     "reason": {
      "type": [
       "string",
       "null"
      ]
     }
    }
   }
  },
  "parameters": {
   "importSetting_separator": {
    "name": "separator",
    "in": "query",
    "required": false,
    "description": "`,` `;` `:` `|` `tab` or `space`; detected when absent",
    "schema": {
     "type": "string",
     "maxLength": 500
    }
   },
   "importSetting_header": {
    "name": "header",
    "in": "query",
    "required": false,
    "description": "the former name of hasHeader",
    "schema": {
     "$ref": "#/components/schemas/QueryFlag"
    },
    "deprecated": true
   },
   "importSetting_encoding": {
    "name": "encoding",
    "in": "query",
    "required": false,
    "description": "utf8, utf8-bom, utf16le, utf16be or windows1252; detected when absent (byte-order mark, else UTF-8, else Windows-1252)",
    "schema": {
     "type": "string",
     "maxLength": 500
    }
   },
   "importSetting_mapping": {
    "name": "mapping",
    "in": "query",
    "required": false,
    "description": "JSON object of file column to target: external_id, first_name, last_name, email1..10, phone1..10, time_zone, state, priority or a field name; columns map by name when absent",
    "schema": {
     "type": "string",
     "maxLength": 500
    }
   },
   "importSetting_template": {
    "name": "template",
    "in": "query",
    "required": false,
    "description": "a saved mapping template, used when mapping is absent",
    "schema": {
     "type": "string",
     "maxLength": 500,
     "minLength": 1
    }
   },
   "importSetting_importRule": {
    "name": "importRule",
    "in": "query",
    "required": false,
    "description": "for contacts only in the file",
    "schema": {
     "type": "string",
     "enum": [
      "do_nothing",
      "append"
     ]
    }
   },
   "importSetting_updateRule": {
    "name": "updateRule",
    "in": "query",
    "required": false,
    "description": "for contacts only in the list",
    "schema": {
     "type": "string",
     "enum": [
      "do_nothing",
      "activate",
      "activate_with_phones",
      "inactivate",
      "delete"
     ]
    }
   },
   "importSetting_mergeRule": {
    "name": "mergeRule",
    "in": "query",
    "required": false,
    "description": "for contacts in both",
    "schema": {
     "type": "string",
     "enum": [
      "do_nothing",
      "activate",
      "activate_with_phones",
      "inactivate",
      "delete",
      "append",
      "replace",
      "update_fields"
     ]
    }
   },
   "importSetting_duplicates": {
    "name": "duplicates",
    "in": "query",
    "required": false,
    "description": "which of several rows of the file with one key wins",
    "schema": {
     "type": "string",
     "enum": [
      "first",
      "last"
     ]
    }
   },
   "importSetting_emptyListFirst": {
    "name": "emptyListFirst",
    "in": "query",
    "required": false,
    "description": "delete the list's contacts (except those in progress) first",
    "schema": {
     "$ref": "#/components/schemas/QueryFlag"
    }
   },
   "importSetting_resetReuploaded": {
    "name": "resetReuploaded",
    "in": "query",
    "required": false,
    "description": "contacts in both get status remaining and no retries",
    "schema": {
     "$ref": "#/components/schemas/QueryFlag"
    }
   },
   "importSetting_updateOtherLists": {
    "name": "updateOtherLists",
    "in": "query",
    "required": false,
    "description": "accepted; see the closing note",
    "schema": {
     "$ref": "#/components/schemas/QueryFlag"
    }
   },
   "importSetting_moveFromOtherLists": {
    "name": "moveFromOtherLists",
    "in": "query",
    "required": false,
    "description": "accepted; see the closing note",
    "schema": {
     "$ref": "#/components/schemas/QueryFlag"
    }
   },
   "importSetting_scheduledAt": {
    "name": "scheduledAt",
    "in": "query",
    "required": false,
    "description": "RFC 3339 time to start; now when absent",
    "schema": {
     "type": "string",
     "format": "date-time"
    }
   },
   "importSetting_fileName": {
    "name": "fileName",
    "in": "query",
    "required": false,
    "description": "the name the process shows for the file",
    "schema": {
     "type": "string",
     "maxLength": 500
    }
   },
   "importSetting_blacklist": {
    "name": "blacklist",
    "in": "query",
    "required": false,
    "description": "numbers and addresses on the do-not-contact list: ignore, block (numbers stored blocked) or reject (the row, with the entry as reason)",
    "schema": {
     "type": "string",
     "enum": [
      "ignore",
      "block",
      "reject"
     ],
     "default": "ignore"
    }
   },
   "importSetting_emptyFilter": {
    "name": "emptyFilter",
    "in": "query",
    "required": false,
    "description": "with emptyListFirst: only the contacts this filter (text form) selects are deleted first; they go to the deleted-contacts report",
    "schema": {
     "type": "string",
     "maxLength": 500
    }
   },
   "importSetting_hasHeader": {
    "name": "hasHeader",
    "in": "query",
    "required": false,
    "description": "whether the first line names the columns; detected when absent",
    "schema": {
     "$ref": "#/components/schemas/QueryFlag"
    }
   },
   "importSetting_createFields": {
    "name": "createFields",
    "in": "query",
    "required": false,
    "description": "add the file's columns that fill nothing of the list as fields, typed from their cells",
    "schema": {
     "$ref": "#/components/schemas/QueryFlag"
    }
   },
   "importSetting_churnJobs": {
    "name": "churnJobs",
    "in": "query",
    "required": false,
    "description": "once the import has finished, churn the running jobs of the campaigns the list serves",
    "schema": {
     "$ref": "#/components/schemas/QueryFlag"
    }
   },
   "importSetting_emptyCells": {
    "name": "emptyCells",
    "in": "query",
    "required": false,
    "description": "what an empty cell does to a contact the row updates",
    "schema": {
     "type": "string",
     "enum": [
      "keep",
      "clear"
     ]
    }
   },
   "importSetting_callbackCampaignId": {
    "name": "callbackCampaignId",
    "in": "query",
    "required": false,
    "description": "the campaign a callback_at column schedules callbacks in; by default the one campaign that works the list",
    "schema": {
     "type": "integer",
     "format": "int64",
     "minimum": 1
    }
   }
  }
 }
}
"""#
}
